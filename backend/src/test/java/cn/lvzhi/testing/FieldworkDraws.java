package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 双随机 draws for tests: a round of its own (生态环境局 JZ-QH-D10, 水利局 D14 and 应急管理局 D19 in 安全环保, 城市管理局 D11
 * in 执法监管), draws created and moved through GraphQL as 编办 would, and inspectors with codes of their own.
 */
public final class FieldworkDraws {
    public static final String FIELDS = """
            id roundId status version frozenHash seed seedGenerated cancelReason kOffice inspectorsPerUnit strata { stratum k }
            candidates { stratum k candidates { code name } }
            units { stratum unitId code name rank hash } offices { unitCode code rank hash } inspectors { unitCode code name rank hash }""";
    public static final String CREATE = "mutation($i: CreateEvaluationDrawInput!) { createEvaluationDraw(input: $i) { draw { "
            + FIELDS + " } } }";
    public static final String CHANGE = "mutation($i: ChangeEvaluationDrawInput!) { changeEvaluationDraw(input: $i) { draw { "
            + FIELDS + " } } }";
    public static final String FREEZE = "mutation($i: EvaluationDrawStepInput!) { freezeEvaluationDraw(input: $i) { draw { "
            + FIELDS + " } } }";
    public static final String SEED = "mutation($i: SeedEvaluationDrawInput!) { seedEvaluationDraw(input: $i) { draw { "
            + FIELDS + " } } }";
    public static final String RUN = "mutation($i: EvaluationDrawStepInput!) { runEvaluationDraw(input: $i) { draw { "
            + FIELDS + " } } }";
    public static final String CANCEL = "mutation($i: CancelEvaluationDrawInput!) { cancelEvaluationDraw(input: $i) { draw { "
            + FIELDS + " } } }";
    public static final String DRAW = "query($id: ID!) { evaluationDraw(id: $id) { " + FIELDS + " } }";
    public static final String DRAWS = "query($r: ID!) { evaluationDraws(roundId: $r) { totalCount edges { node { id status cancelReason } } } }";
    public static final String VERIFY = """
            query($id: ID!) { verifyDraw(id: $id) { drawId consistent hashMatches storedHash recomputedHash
              steps { kind stratum unitCode matches storedCodes ranked { code hash rank taken } } } }""";
    public static final String SAVE_INSPECTOR = """
            mutation($i: SaveDrawInspectorInput!) { saveDrawInspector(input: $i) {
              inspector { id code name unitCode pastUnits { code } active version } } }""";

    private FieldworkDraws() {
    }

    /** A fresh round of the four units, at self-assessment; its id. */
    public static String round() {
        return String.valueOf(EvaluationFixtures.roundOf("SELF_ASSESSMENT", Map.of(
                EvaluationFixtures.unitId("JZ-QH-D10"), "SAFETY_ENVIRONMENT", EvaluationFixtures.unitId("JZ-QH-D14"), "SAFETY_ENVIRONMENT",
                EvaluationFixtures.unitId("JZ-QH-D19"), "SAFETY_ENVIRONMENT", EvaluationFixtures.unitId("JZ-QH-D11"), "LAW_ENFORCEMENT")));
    }

    /** The input defining a draw of all three 安全环保 units, two offices and two inspectors each. */
    public static Map<String, Object> createInput(String roundId) {
        Map<String, Object> i = new HashMap<>();
        i.put("roundId", roundId);
        i.put("strata", List.of(Map.of("category", "SAFETY_ENVIRONMENT", "k", 3)));
        i.put("kOffice", 2);
        i.put("inspectorsPerUnit", 2);
        return i;
    }

    public static Map<String, Object> step(JsonPath draw, String path) {
        return new HashMap<>(Map.of("drawId", draw.getString(path + ".id"), "version", draw.getInt(path + ".version")));
    }

    public static JsonPath office(String document, Map<String, Object> input) {
        return Gql.as(Role.ESTABLISHMENT_OFFICE, document, Map.of("i", input));
    }

    /** A draw of a fresh round taken through every step with an entered seed; the runEvaluationDraw response. */
    public static JsonPath drawn(String seed) {
        JsonPath created = Gql.data(office(CREATE, createInput(round())));
        JsonPath frozen = Gql.data(office(FREEZE, step(created, "data.createEvaluationDraw.draw")));
        Map<String, Object> seeding = step(frozen, "data.freezeEvaluationDraw.draw");
        seeding.put("seed", seed);
        JsonPath seeded = Gql.data(office(SEED, seeding));
        return Gql.data(office(RUN, step(seeded, "data.seedEvaluationDraw.draw")));
    }

    /** A DRAFT draw of a fresh round: its step input (id and version). */
    public static Map<String, Object> draft() {
        return step(Gql.data(office(CREATE, createInput(round()))), "data.createEvaluationDraw.draw");
    }

    /** A FROZEN draw of a fresh round, no seed yet: its step input. */
    public static Map<String, Object> frozen() {
        return step(Gql.data(office(FREEZE, draft())), "data.freezeEvaluationDraw.draw");
    }

    /** A FROZEN draw of a fresh round with its seed fixed: its step input. */
    public static Map<String, Object> seeded() {
        Map<String, Object> seeding = frozen();
        seeding.put("seed", "矩阵种子");
        return step(Gql.data(office(SEED, seeding)), "data.seedEvaluationDraw.draw");
    }

    private static String matrixDraw;

    /** One DRAWN draw (it took 生态环境局 JZ-QH-D10) the read-only matrix cells share; its id. */
    public static synchronized String drawnForMatrix() {
        if (matrixDraw == null) {
            matrixDraw = drawn("矩阵读取").getString("data.runEvaluationDraw.draw.id");
        }
        return matrixDraw;
    }

    /** A new active inspector of the demo district's register working in the unit; the response. */
    public static JsonPath inspector(String unitCode, List<String> pastUnitCodes) {
        Map<String, Object> i = new HashMap<>();
        i.put("code", "T-" + EvaluationFixtures.unique());
        i.put("name", "测试察访员");
        i.put("unitId", String.valueOf(EvaluationFixtures.unitId(unitCode)));
        i.put("pastUnitIds", pastUnitCodes.stream().map(c -> String.valueOf(EvaluationFixtures.unitId(c))).toList());
        i.put("active", true);
        return Gql.data(office(SAVE_INSPECTOR, i));
    }
}
