package cn.lvzhi.evaluation.results;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of raising a problem for the rectification ledger. */
@Type("RaiseEvaluationProblemPayload")
public record RaiseEvaluationProblemPayload(@NonNull EvaluationProblem problem) {
}
