package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;

import java.util.Map;

/** The authorization matrix's requests for the evaluation fieldwork's 三定 execution findings (rows in authorization-sanding.csv). */
final class EvaluationSandingOperations {
    private EvaluationSandingOperations() {
    }

    static final Map<String, Operation> OPERATIONS = Map.of();
}
