package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;

import java.util.Map;

/** The authorization matrix's requests for evaluation's schemes operations (rows in authorization-evaluation.csv). */
final class EvaluationSchemesOperations {
    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
    );

    private EvaluationSchemesOperations() {
    }
}
