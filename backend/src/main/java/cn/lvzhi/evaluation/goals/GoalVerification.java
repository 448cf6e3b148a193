package cn.lvzhi.evaluation.goals;

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
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** 编办's on-site verification (察访核验) of a published goal, or of one of its milestones. */
@Entity
@Table(name = "goal_verification")
@Type("GoalVerification")
public class GoalVerification extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "goal_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long goalId;

    @Column(name = "milestone_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The milestone verified; null for the goal as a whole")
    public Long milestoneId;

    @Column(name = "verified_on")
    @NonNull
    public LocalDate verifiedOn;

    @NonNull
    @Description("Who took part (参加人员)")
    public String people;

    /** The methods' names, as stored (text[]); the API serves them as {@link VerificationMethod}s. */
    @Column(name = "methods")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Ignore
    public List<String> methodNames;

    @NonNull
    public String findings;

    @Enumerated(EnumType.STRING)
    @NonNull
    public VerificationResult result;

    @Column(name = "recorded_by_name")
    @NonNull
    public String recordedByName;

    @Column(name = "recorded_at")
    @NonNull
    public OffsetDateTime recordedAt;
}
