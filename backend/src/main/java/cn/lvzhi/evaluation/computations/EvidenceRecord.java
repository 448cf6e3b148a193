package cn.lvzhi.evaluation.computations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** One stored row behind a computed figure (得分明细), as snapshotted when the figure was computed. */
@Type("EvaluationEvidenceRow")
public record EvidenceRecord(
        @NonNull @Id Long id,
        @NonNull @Description("What the row is: CASE, DISPATCH, RATING, REMINDER, LIST_ITEM, MILESTONE, SUBMISSION, TRACKING_REVIEW")
        String kind,
        @NonNull @Id @Description("The id of the row it names (a dispatch, a rating, a list item...)") Long refId,
        @Description("A readable reference: the case code, the item code") String refCode,
        @NonNull String label,
        @NonNull @Description("Counted in the numerator (or, for a count, counted); false: in the denominator only")
        boolean counted,
        @Description("Why, e.g. 超期 3 天") String note,
        OffsetDateTime occurredAt) {
}
