package cn.lvzhi.evaluation.computations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What computing a round's figures did: how many units, indicators, score rows and evidence rows, and how long. */
@Type("ComputeEvaluationFiguresPayload")
public record RoundFiguresResult(
        @NonNull @Id Long roundId,
        @NonNull @Description("Units of the round that got at least one computed figure") int units,
        @NonNull @Description("Computed indicators run (each once for all its units)") int indicators,
        @NonNull @Description("Score rows written (one per unit and computed indicator that applies to it)") int figures,
        @NonNull @Description("Of those, not applicable: nothing to count for the unit in the period") int notApplicable,
        @NonNull @Description("Evidence rows (drill-down) written") int evidenceRows,
        @NonNull @Description("Time taken, in milliseconds") long milliseconds) {
}
