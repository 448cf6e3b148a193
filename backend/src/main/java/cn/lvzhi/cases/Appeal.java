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
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** An appeal (申诉) of the rated unit against a rating; decided by the district command centre. */
@Entity
@Table(name = "case_appeal")
@Type("Appeal")
public class Appeal extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "rating_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long ratingId;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long caseId;

    @Column(name = "appellant_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long appellantUnitId;

    @Column(name = "appellant_name")
    @NonNull
    public String appellantName;

    @NonNull
    public String reason;

    @NonNull
    @Enumerated(EnumType.STRING)
    public AppealStatus status;

    @Column(name = "revised_level")
    @Enumerated(EnumType.STRING)
    public RatingLevel revisedLevel;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "appealed_at")
    @NonNull
    public OffsetDateTime appealedAt;

    @Version
    @NonNull
    public int version;
}
