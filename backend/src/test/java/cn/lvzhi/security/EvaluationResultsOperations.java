package cn.lvzhi.security;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationResults;

import java.util.Map;

/**
 * The authorization matrix's requests for evaluation's results operations (rows in authorization-evaluation.csv): a
 * published round of 清河区生态环境局 (D10), 城市管理局 (D11) and 城关街道 (T01), and one at the reply stage holding D10 only.
 */
final class EvaluationResultsOperations {
    private static Long published;

    static synchronized long published() {
        if (published == null) {
            published = EvaluationResults.round("授权矩阵已公布批次", EvaluationResults.scheme(), "PUBLISHED", null, 3,
                    EvaluationResults.units("JZ-QH-D10", EvaluationCategory.SAFETY_ENVIRONMENT, "JZ-QH-D11",
                            EvaluationCategory.LAW_ENFORCEMENT, "JZ-QH-T01", EvaluationCategory.TOWNSHIP));
            EvaluationResults.finals(published, "JZ-QH-D10", "30", "25", "18", "20");
        }
        return published;
    }

    static long atReply() {
        return EvaluationResults.round("授权矩阵反馈批次", EvaluationResults.scheme(), "REPLY", null, 3,
                EvaluationResults.units("JZ-QH-D10", EvaluationCategory.SAFETY_ENVIRONMENT));
    }

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("evaluationResultRounds", new Operation("query { evaluationResultRounds { id name stage } }", Map::of)),
            Map.entry("evaluationResults", new Operation("""
                    query($r: ID!) { evaluationResults(roundId: $r) { provisional rows { unitCode total rank } } }""",
                    () -> Map.of("r", published()))),
            Map.entry("evaluationResult", new Operation("""
                    query($r: ID!, $u: ID!) { evaluationResult(roundId: $r, unitId: $u) { result { total } nodes { code score } } }""",
                    () -> Map.of("r", published(), "u", EvaluationResults.unitId("JZ-QH-D10")))),
            Map.entry("evaluationDashboard", new Operation("""
                    query($r: ID!) { evaluationDashboard(roundId: $r) { categories { category } weakest { code } } }""",
                    () -> Map.of("r", published()))),
            Map.entry("evaluationImportBodies", new Operation("query($r: ID!) { evaluationImportBodies(roundId: $r) }",
                    () -> Map.of("r", atReply()))),
            Map.entry("raiseEvaluationProblem", new Operation("""
                    mutation($i: RaiseEvaluationProblemInput!) { raiseEvaluationProblem(input: $i) { problem { id } } }""",
                    () -> Map.of("i", Map.of("roundId", published(), "unitId", EvaluationResults.unitId("JZ-QH-D10"),
                            "description", "授权矩阵测试问题")))));

    private EvaluationResultsOperations() {
    }
}
