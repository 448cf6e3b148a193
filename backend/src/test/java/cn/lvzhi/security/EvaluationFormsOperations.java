package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;

import java.util.Map;

/** The authorization matrix's requests for the evaluation fieldwork's “1+3” forms (“1+3”报表) (rows in authorization-forms.csv). */
final class EvaluationFormsOperations {
    private EvaluationFormsOperations() {
    }

    static final Map<String, Operation> OPERATIONS = Map.of();
}
