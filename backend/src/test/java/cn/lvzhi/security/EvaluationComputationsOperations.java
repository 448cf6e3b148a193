package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;

import java.util.Map;

/** The authorization matrix's requests for evaluation's computations operations (rows in authorization-evaluation.csv). */
final class EvaluationComputationsOperations {
    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
    );

    private EvaluationComputationsOperations() {
    }
}
