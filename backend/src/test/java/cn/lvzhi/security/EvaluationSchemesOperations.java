package cn.lvzhi.security;

import cn.lvzhi.demo.evaluation.DemoSchemes;
import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationSchemes;

import java.util.HashMap;
import java.util.Map;

/** The authorization matrix's requests for evaluation's schemes operations (rows in authorization-evaluation.csv). */
final class EvaluationSchemesOperations {
    /** A scheme in force, in a year of its own, that every cell reads or starts a new version of. */
    private static String active() {
        return EvaluationSchemes.memo("matrix-active", () -> EvaluationSchemes.active(year()));
    }

    private static int year() {
        return Integer.parseInt(EvaluationSchemes.memo("matrix-year", () -> String.valueOf(EvaluationSchemes.freshYear())));
    }

    private static Map<String, Object> save() {
        Map<String, Object> in = new HashMap<>();
        in.put("id", EvaluationSchemes.draft(year()));
        in.put("version", 0);
        in.put("name", "授权矩阵评估标准");
        in.put("indicators", EvaluationSchemes.indicators(EvaluationSchemes.testable(DemoSchemes.scheme2025())));
        return Map.of("i", in);
    }

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("evaluationSchemes", new Operation("""
                    query { evaluationSchemes(first: 5) { totalCount edges { node { id status } } } }""", Map::of)),
            Map.entry("evaluationScheme", new Operation("""
                    query($id: ID!) { evaluationScheme(id: $id) { id status indicators { code depth } } }""",
                    () -> Map.of("id", active()))),
            Map.entry("evaluationComputations", new Operation("""
                    query { evaluationComputations { name parameters { name type } } }""", Map::of)),
            Map.entry("createEvaluationScheme", new Operation(EvaluationSchemes.CREATE,
                    () -> Map.of("i", EvaluationSchemes.createInput(year(), DemoSchemes.scheme2025(), null)))),
            Map.entry("saveEvaluationScheme", new Operation("""
                    mutation($i: SaveEvaluationSchemeInput!) { saveEvaluationScheme(input: $i) { scheme { version } } }""",
                    EvaluationSchemesOperations::save)),
            Map.entry("activateEvaluationScheme", new Operation(EvaluationSchemes.ACTIVATE,
                    () -> Map.of("i", Map.of("id", EvaluationSchemes.draft(year()), "version", 0)))),
            Map.entry("supersedeEvaluationScheme", new Operation("""
                    mutation($i: SupersedeEvaluationSchemeInput!) { supersedeEvaluationScheme(input: $i) { scheme { id } } }""",
                    () -> Map.of("i", Map.of("id", active()))))
    );

    private EvaluationSchemesOperations() {
    }
}
