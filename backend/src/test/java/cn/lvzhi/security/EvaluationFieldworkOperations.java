package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;

import java.util.Map;

/** The authorization matrix's requests for the evaluation fieldwork's 五个一 (rows in authorization-fieldwork.csv). */
final class EvaluationFieldworkOperations {
    private EvaluationFieldworkOperations() {
    }

    static final Map<String, Operation> OPERATIONS = Map.of();
}
