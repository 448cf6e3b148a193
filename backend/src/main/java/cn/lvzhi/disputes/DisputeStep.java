package cn.lvzhi.disputes;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** One recorded step of a dispute: who did what at which rung, when, with the minutes or opinion. */
@Entity
@Table(name = "case_dispute_step")
@Type("DisputeStep")
public class DisputeStep extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "dispute_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long disputeId;

    @NonNull
    @Enumerated(EnumType.STRING)
    public DisputeRung rung;

    @NonNull
    @Enumerated(EnumType.STRING)
    public DisputeStepKind kind;

    @Column(name = "actor_name")
    @NonNull
    public String actorName;

    @Column(name = "actor_unit_id")
    @org.eclipse.microprofile.graphql.Id
    public Long actorUnitId;

    @Description("Minutes, opinion or decision")
    public String note;

    @Description("Who took part (names as text)")
    public String participants;

    @Column(name = "occurred_at")
    @NonNull
    public OffsetDateTime occurredAt;
}
