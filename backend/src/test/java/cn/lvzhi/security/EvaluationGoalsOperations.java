package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;

import java.util.Map;

/** The authorization matrix's requests for evaluation's goals operations (rows in authorization-evaluation.csv). */
final class EvaluationGoalsOperations {
    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
    );

    private EvaluationGoalsOperations() {
    }
}
