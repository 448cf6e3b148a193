package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;

import java.util.Map;

/** The authorization matrix's requests for the evaluation fieldwork's peer assessment (互评) (rows in authorization-peer.csv). */
final class EvaluationPeerOperations {
    private EvaluationPeerOperations() {
    }

    static final Map<String, Operation> OPERATIONS = Map.of();
}
