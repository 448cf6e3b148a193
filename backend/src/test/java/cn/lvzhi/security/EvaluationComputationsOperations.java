package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationFixtures;

import java.util.Map;

/** The authorization matrix's requests for evaluation's computations operations (rows in authorization-evaluation.csv). */
final class EvaluationComputationsOperations {
    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("computeEvaluationFigures", new Operation("""
                    mutation($i: ComputeEvaluationFiguresInput!) { computeEvaluationFigures(input: $i) { figures } }""",
                    () -> Map.of("i", Map.of("roundId", departmentRound())))),
            Map.entry("evaluationEvidence", new Operation("""
                    query($s: ID!) { evaluationEvidence(scoreId: $s) { totalCount } }""",
                    () -> Map.of("s", EvaluationFixtures.score(departmentRound(), EvaluationFixtures.unitId("JZ-QH-D10"), "A1")))));

    private EvaluationComputationsOperations() {
    }

    /** A fresh round of 清河区 at the reply stage (the unit reads its figures) with 清河区生态环境局 in scope. */
    private static long departmentRound() {
        return EvaluationFixtures.roundOf("REPLY", Map.of(EvaluationFixtures.unitId("JZ-QH-D10"), "SAFETY_ENVIRONMENT"));
    }
}
