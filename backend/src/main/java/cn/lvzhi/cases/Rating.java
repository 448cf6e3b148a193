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
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** A rating (评价) of one replied dispatch by the unit that dispatched it — 谁派单、谁评价; one per dispatch. */
@Entity
@Table(name = "case_rating")
@Type("Rating")
public class Rating extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "dispatch_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long dispatchId;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long caseId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The level in force (after a revising appeal, the revised one)")
    public RatingLevel level;

    @Column(name = "original_level")
    @NonNull
    @Enumerated(EnumType.STRING)
    public RatingLevel originalLevel;

    public String comment;

    @Column(name = "rater_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long raterUnitId;

    @Ignore
    @Column(name = "rater_subject")
    public String raterSubject;

    @Column(name = "rater_name")
    @NonNull
    public String raterName;

    @Column(name = "rated_unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long ratedUnitId;

    @Column(name = "rated_at")
    @NonNull
    public OffsetDateTime ratedAt;

    @Version
    @NonNull
    public int version;
}
