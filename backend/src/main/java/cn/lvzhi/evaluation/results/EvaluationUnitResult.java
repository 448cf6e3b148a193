package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.util.List;

/** A unit's result in a round with the full breakdown (评估得分明细) and the problems raised on it. */
@Type("EvaluationUnitResult")
public record EvaluationUnitResult(
        @NonNull @Id Long roundId,
        @NonNull String roundName,
        @NonNull EvaluationStage stage,
        @NonNull @Description("True until the round is published (暂定)") boolean provisional,
        @NonNull LocalDate periodStart,
        @NonNull LocalDate periodEnd,
        @NonNull EvaluationResultRow result,
        @NonNull List<@NonNull ResultNode> nodes,
        @NonNull @Description("Problems raised for the rectification ledger (only for 编办, leaders and the unit itself)")
        List<@NonNull EvaluationProblem> problems) {
}
