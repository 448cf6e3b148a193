package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;

import java.util.Map;

/** The authorization matrix's requests for the evaluation fieldwork's the rectification ledger (整改台账) (rows in authorization-ledger.csv). */
final class EvaluationLedgerOperations {
    private EvaluationLedgerOperations() {
    }

    static final Map<String, Operation> OPERATIONS = Map.of();
}
