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
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A unit's duty goal for a year (年度履职目标): tied to a 三定 duty (and optionally a power item), with a measurable
 * target, quarterly milestones and the internal office responsible; drafted and submitted by the unit, accepted or
 * returned by 编办, published with the region's goals of the year.
 */
@Entity
@Table(name = "duty_goal")
@Type("DutyGoal")
public class DutyGoal extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @NonNull
    public int year;

    @NonNull
    @Description("Position among the unit's goals of the year (目标一、二…)")
    public int ordinal;

    @NonNull
    public String title;

    @Column(name = "duty_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The 三定 duty the goal serves; null for a goal with no duty (the coverage report lists them)")
    public Long dutyId;

    @Column(name = "power_item_id")
    @org.eclipse.microprofile.graphql.Id
    public Long powerItemId;

    @Column(name = "office_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The internal office (内设机构) responsible")
    public Long officeId;

    @Column(name = "target_kind")
    @Enumerated(EnumType.STRING)
    @NonNull
    public TargetKind targetKind;

    @Column(name = "target_quantity")
    public BigDecimal targetQuantity;

    @Column(name = "target_unit")
    public String targetUnit;

    @Column(name = "target_text")
    public String targetText;

    @Enumerated(EnumType.STRING)
    @NonNull
    public GoalStatus status;

    @Column(name = "review_comment")
    @Description("编办's comment when it returned (or accepted) the goal")
    public String reviewComment;

    @Column(name = "reviewed_by_name")
    public String reviewedByName;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Version
    @NonNull
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
