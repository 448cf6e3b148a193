package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.util.List;

/** A round's results as the caller may see them (评估结果), by category then rank. */
@Type("EvaluationResults")
public record EvaluationResultList(
        @NonNull @Id Long roundId,
        @NonNull String roundName,
        @NonNull EvaluationStage stage,
        @NonNull @Description("True until the round is published: the figures are provisional (暂定)") boolean provisional,
        @NonNull LocalDate periodStart,
        @NonNull LocalDate periodEnd,
        @NonNull int minRankSample,
        String previousRoundName,
        @NonNull List<@NonNull CategoryRanking> categories,
        @NonNull List<@NonNull EvaluationResultRow> rows) {
}
