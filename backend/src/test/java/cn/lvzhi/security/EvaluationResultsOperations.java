package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;

import java.util.Map;

/** The authorization matrix's requests for evaluation's results operations (rows in authorization-evaluation.csv). */
final class EvaluationResultsOperations {
    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
    );

    private EvaluationResultsOperations() {
    }
}
