package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationFixtures;
import cn.lvzhi.testing.FieldworkDraws;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The authorization matrix's requests for the evaluation fieldwork's 双随机 draws (rows in authorization-draws.csv). */
final class EvaluationDrawsOperations {
    private EvaluationDrawsOperations() {
    }

    private static final String DRAW_ID = "draw { id }";

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("evaluationDraws", new Operation("query($r: ID!) { evaluationDraws(roundId: $r, first: 5) { totalCount } }",
                    () -> Map.of("r", FieldworkDraws.round()))),
            Map.entry("evaluationDraw", new Operation("query($id: ID!) { evaluationDraw(id: $id) { id units { code } } }",
                    () -> Map.of("id", FieldworkDraws.drawnForMatrix()))),
            Map.entry("verifyDraw", new Operation("query($id: ID!) { verifyDraw(id: $id) { consistent } }",
                    () -> Map.of("id", FieldworkDraws.drawnForMatrix()))),
            Map.entry("drawInspectors", new Operation("query { drawInspectors(first: 5) { totalCount } }", Map::of)),
            Map.entry("createEvaluationDraw", new Operation(
                    "mutation($i: CreateEvaluationDrawInput!) { createEvaluationDraw(input: $i) { " + DRAW_ID + " } }",
                    () -> Map.of("i", FieldworkDraws.createInput(FieldworkDraws.round())))),
            Map.entry("changeEvaluationDraw", new Operation(
                    "mutation($i: ChangeEvaluationDrawInput!) { changeEvaluationDraw(input: $i) { " + DRAW_ID + " } }",
                    () -> {
                        Map<String, Object> i = FieldworkDraws.draft();
                        i.put("strata", List.of(Map.of("category", "SAFETY_ENVIRONMENT", "k", 1)));
                        i.put("kOffice", 1);
                        i.put("inspectorsPerUnit", 1);
                        return Map.of("i", i);
                    })),
            Map.entry("freezeEvaluationDraw", new Operation(
                    "mutation($i: EvaluationDrawStepInput!) { freezeEvaluationDraw(input: $i) { " + DRAW_ID + " } }",
                    () -> Map.of("i", FieldworkDraws.draft()))),
            Map.entry("seedEvaluationDraw", new Operation(
                    "mutation($i: SeedEvaluationDrawInput!) { seedEvaluationDraw(input: $i) { " + DRAW_ID + " } }",
                    () -> {
                        Map<String, Object> i = FieldworkDraws.frozen();
                        i.put("seed", "矩阵");
                        return Map.of("i", i);
                    })),
            Map.entry("runEvaluationDraw", new Operation(
                    "mutation($i: EvaluationDrawStepInput!) { runEvaluationDraw(input: $i) { " + DRAW_ID + " } }",
                    () -> Map.of("i", FieldworkDraws.seeded()))),
            Map.entry("cancelEvaluationDraw", new Operation(
                    "mutation($i: CancelEvaluationDrawInput!) { cancelEvaluationDraw(input: $i) { " + DRAW_ID + " } }",
                    () -> {
                        Map<String, Object> i = FieldworkDraws.step(FieldworkDraws.drawn("矩阵作废"), "data.runEvaluationDraw.draw");
                        i.put("reason", "授权矩阵测试");
                        return Map.of("i", i);
                    })),
            Map.entry("saveDrawInspector", new Operation("""
                    mutation($i: SaveDrawInspectorInput!) { saveDrawInspector(input: $i) { inspector { id } } }""",
                    () -> {
                        Map<String, Object> i = new HashMap<>();
                        i.put("code", "M-" + EvaluationFixtures.unique());
                        i.put("name", "矩阵察访员");
                        i.put("unitId", String.valueOf(EvaluationFixtures.unitId("JZ-QH-D01")));
                        i.put("active", true);
                        return Map.of("i", i);
                    })));
}
