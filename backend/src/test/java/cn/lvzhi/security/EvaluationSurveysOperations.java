package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;

import java.util.Map;

/** The authorization matrix's requests for the evaluation fieldwork's questionnaires (满意度问卷) (rows in authorization-surveys.csv). */
final class EvaluationSurveysOperations {
    private EvaluationSurveysOperations() {
    }

    static final Map<String, Operation> OPERATIONS = Map.of();
}
