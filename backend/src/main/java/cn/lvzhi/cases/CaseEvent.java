package cn.lvzhi.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** One step on a case's timeline (事件轨迹): who did what, when, on which dispatch. */
@Entity
@Table(name = "case_event")
@Type("CaseEvent")
public class CaseEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long caseId;

    @Column(name = "dispatch_id")
    @org.eclipse.microprofile.graphql.Id
    public Long dispatchId;

    @NonNull
    @Enumerated(EnumType.STRING)
    public CaseEventKind kind;

    @Column(name = "actor_name")
    @NonNull
    public String actorName;

    @Column(name = "actor_unit_id")
    @org.eclipse.microprofile.graphql.Id
    public Long actorUnitId;

    public String note;

    @Column(name = "occurred_at")
    @NonNull
    public OffsetDateTime occurredAt;
}
