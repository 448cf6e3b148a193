package cn.lvzhi.evaluation.results;

import io.smallrye.mutiny.Uni;

/**
 * Told of every problem raised, inside the transaction that raised it (the rectification ledger opens its item here),
 * so no part of the fieldwork can raise a problem the ledger misses.
 */
public interface ProblemListener {
    Uni<Void> raised(EvaluationProblem problem);
}
