package cn.lvzhi.tracking;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A step a round entered: dated and attributed (步骤记录). */
@Entity
@Table(name = "tracking_round_step")
@Type("TrackingRoundStep")
public class RoundStepRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @Column(name = "round_id")
    @Ignore
    public Long roundId;

    @Enumerated(EnumType.STRING)
    @NonNull
    public TrackingStep step;

    @Column(name = "done_on")
    @NonNull
    public LocalDate doneOn;

    @Column(name = "done_by_name")
    @NonNull
    public String doneByName;

    public String note;

    @Column(name = "recorded_at")
    @NonNull
    public OffsetDateTime recordedAt;
}
