package cn.lvzhi.tracking;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The score of one indicator of one matter in one round (指标得分), with its evidence. */
@Entity
@Table(name = "tracking_score")
@Type("TrackingScore")
public class MatterScore extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @Column(name = "round_id")
    @Ignore
    public Long roundId;

    @Column(name = "matter_id")
    @Ignore
    public Long matterId;

    @Column(name = "indicator_code")
    @NonNull
    public String indicatorCode;

    @Column(name = "not_applicable")
    @NonNull
    @Description("The indicator does not apply to this matter; it leaves the denominator")
    public boolean notApplicable;

    @Column(precision = 5, scale = 1)
    public BigDecimal earned;

    public String evidence;

    @Column(name = "scored_by_name")
    @NonNull
    public String scoredByName;

    @Column(name = "scored_at")
    @NonNull
    public OffsetDateTime scoredAt;
}
