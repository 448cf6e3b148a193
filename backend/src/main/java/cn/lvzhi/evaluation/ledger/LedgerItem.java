package cn.lvzhi.evaluation.ledger;

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

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An item of the rectification ledger (整改台账): one problem a unit must rectify, what it concerns (so the page links
 * back), its due date in working days, and where it stands (OPEN → RECTIFIED → VERIFIED → CLOSED, 销户).
 */
@Entity
@Table(name = "evaluation_ledger_item")
@Type("EvaluationLedgerItem")
public class LedgerItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "problem_id", updatable = false)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long problemId;

    @Column(name = "round_id")
    @org.eclipse.microprofile.graphql.Id
    public Long roundId;

    @Column(name = "unit_id", updatable = false)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @Column(name = "source_kind")
    @NonNull
    @Description("What found it: a ProblemSource name (SCORE, VERIFICATION, FORM_REVIEW, SYMPOSIUM, TRACKING, OTHER…)")
    public String sourceKind;

    @Column(name = "source_id")
    @org.eclipse.microprofile.graphql.Id
    public Long sourceId;

    @Column(name = "goal_id")
    @org.eclipse.microprofile.graphql.Id
    public Long goalId;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "list_item_id")
    @org.eclipse.microprofile.graphql.Id
    public Long listItemId;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    public Long caseId;

    @Column(name = "duty_id")
    @org.eclipse.microprofile.graphql.Id
    public Long dutyId;

    @Column(name = "tracking_rectification_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The 跟踪问效 rectification it was opened from (source TRACKING)")
    public Long trackingRectificationId;

    @NonNull
    public String description;

    @Enumerated(EnumType.STRING)
    @NonNull
    public LedgerState state;

    @Column(name = "opened_at")
    @NonNull
    public OffsetDateTime openedAt;

    @Column(name = "opened_by_name")
    @NonNull
    public String openedByName;

    @Column(name = "due_working_days")
    @NonNull
    @Description("The working days it was given when opened")
    public int dueWorkingDays;

    @Column(name = "due_on")
    @NonNull
    @Description("The last day to rectify (Beijing date), moved only by an approved extension")
    public LocalDate dueOn;

    @Column(name = "rectified_at")
    public OffsetDateTime rectifiedAt;

    @Column(name = "rectified_by_subject")
    @Ignore
    public String rectifiedBySubject;

    @Column(name = "rectified_by_name")
    public String rectifiedByName;

    @Description("The rectification's evidence (整改情况说明)")
    public String evidence;

    @Column(name = "days_late")
    @Description("Frozen at rectification: 0 on time, else working days after the due date")
    public Integer daysLate;

    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    @Column(name = "verified_by_name")
    public String verifiedByName;

    @Enumerated(EnumType.STRING)
    @Description("The last verification's rating")
    public LedgerRating rating;

    @Column(name = "failed_verifications")
    @NonNull
    @Description("How many verifications found the rectification ineffective (无效) and returned the item")
    public int failedVerifications;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by_name")
    public String closedByName;

    @NonNull
    @Description("Raised by every change to the item, its actions or extensions; a stale one is a CONFLICT")
    public int version;
}
