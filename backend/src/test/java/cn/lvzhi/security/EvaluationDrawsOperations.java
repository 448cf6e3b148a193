package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;

import java.util.Map;

/** The authorization matrix's requests for the evaluation fieldwork's 双随机 draws (rows in authorization-draws.csv). */
final class EvaluationDrawsOperations {
    private EvaluationDrawsOperations() {
    }

    static final Map<String, Operation> OPERATIONS = Map.of();
}
