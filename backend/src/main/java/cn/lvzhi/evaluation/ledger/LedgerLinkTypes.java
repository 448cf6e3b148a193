package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.evaluation.results.ProblemSource;
import cn.lvzhi.lists.ListKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * What a ledger item concerns, as the caller may see it, so its page links back: the goal, the indicator of the
 * round's scheme, the list item, the case, the mandate duty, and the finding's source.
 */
public final class LedgerLinkTypes {
    private LedgerLinkTypes() {
    }

    /** The 年度履职目标 the item concerns. */
    @Type("EvaluationLedgerGoal")
    public record GoalLink(@NonNull @Id Long id, @NonNull int year, @NonNull String title) {
    }

    /** The indicator of the round's scheme the item concerns. */
    @Type("EvaluationLedgerIndicator")
    public record IndicatorLink(@NonNull String code, @NonNull String name) {
    }

    /** The list item the item concerns, and which list it belongs to. */
    @Type("EvaluationLedgerListItem")
    public record ListItemLink(@NonNull @Id Long id, @NonNull ListKind kind, @NonNull String code, @NonNull String name) {
    }

    /** The case (一件事) the item concerns. */
    @Type("EvaluationLedgerCase")
    public record CaseLink(@NonNull @Id Long id, @NonNull String code, @NonNull String title) {
    }

    /** The mandate duty (三定职责) the item concerns. */
    @Type("EvaluationLedgerDuty")
    public record DutyLink(@NonNull @Id Long id, @NonNull @Id Long unitId, @NonNull String text) {
    }

    /** What found the problem, with its row, so the page links to it. */
    @Type("EvaluationLedgerSource")
    public record SourceLink(@NonNull ProblemSource kind,
                             @Id @Description("The row that found it (a form version, a symposium, an inquiry letter, a score…)") Long id,
                             @Id @Description("For FORM_REVIEW: the form (submission) the reviewed version belongs to") Long formId) {
    }
}
