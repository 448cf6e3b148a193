package cn.lvzhi.evaluation.results;

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

import java.time.OffsetDateTime;

/**
 * A problem found by an evaluation, raised for the rectification ledger (整改台账) of the fieldwork: the ledger links
 * its item here ({@code ledgerItemId}). Raised from a result, its source is the score row (SCORE) when one is named.
 */
@Entity
@Table(name = "evaluation_problem")
@Type("EvaluationProblem")
public class EvaluationProblem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long id;

    @Column(name = "round_id")
    @org.eclipse.microprofile.graphql.Id
    public Long roundId;

    @Column(name = "unit_id")
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public Long unitId;

    @Column(name = "source_kind")
    @NonNull
    @Description("What found it: a ProblemSource name (SCORE, VERIFICATION, FORM_REVIEW, REPORT_REVIEW, INQUIRY, "
            + "SYMPOSIUM, QUESTIONNAIRE, THREE_DEFINITIONS, TRACKING, OTHER)")
    public String sourceKind;

    @Column(name = "source_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The row that found it: the score row for SCORE, the submission for FORM_REVIEW, and so on")
    public Long sourceId;

    @Column(name = "goal_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The duty goal it concerns, if any")
    public Long goalId;

    @Column(name = "indicator_code")
    @Description("The indicator of the round's scheme it concerns, if any")
    public String indicatorCode;

    @Column(name = "list_item_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The list item it concerns, if any")
    public Long listItemId;

    @Column(name = "case_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The case it concerns, if any")
    public Long caseId;

    @Column(name = "duty_id")
    @org.eclipse.microprofile.graphql.Id
    @Description("The mandate duty it concerns, if any")
    public Long dutyId;

    @NonNull
    public String description;

    @Column(name = "raised_by_name")
    @NonNull
    public String raisedByName;

    @Column(name = "raised_at", updatable = false)
    @NonNull
    public OffsetDateTime raisedAt;

    @Column(name = "ledger_item_id")
    @Ignore
    public Long ledgerItemId;
}
