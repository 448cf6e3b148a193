package cn.lvzhi.evaluation.results;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationResults;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.lvzhi.evaluation.EvaluationCategory.LAW_ENFORCEMENT;
import static cn.lvzhi.evaluation.EvaluationCategory.LIVELIHOOD;
import static cn.lvzhi.evaluation.EvaluationCategory.SAFETY_ENVIRONMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Results through GraphQL with real tokens, on rounds prepared with SQL: ranking within category with a minimum sample,
 * normalisation over applicable points, the change against the previous round over comparable indicators, and who
 * sees what at which stage.
 */
@QuarkusTest
class ResultsApiTest {
    static final String RESULTS = """
            query($r: ID!, $c: EvaluationCategory) { evaluationResults(roundId: $r, category: $c) { provisional previousRoundName
              categories { category unitCount ranked reason }
              rows { unitId unitCode category total earned applicable complete rank unrankedReason previousTotal change comparedIndicators } } }""";
    static final String RESULT = """
            query($r: ID!, $u: ID!) { evaluationResult(roundId: $r, unitId: $u) { provisional result { total rank }
              nodes { code depth points applicable score capped leaf rule figure numerator denominator source sourceBody reason scoreId
                      previousFigure previousScore }
              problems { description sourceId } } }""";

    static String chengguan() {
        return Keycloak.password("lvzhi-cli", "chengguan");
    }

    static JsonPath results(String token, long round, String category) {
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("r", round);
        vars.put("c", category);
        return Gql.ok(Gql.post(token, RESULTS, vars));
    }

    static JsonPath result(String token, long round, String unitCode) {
        return Gql.ok(Gql.post(token, RESULT, Map.of("r", round, "u", EvaluationResults.unitId(unitCode))));
    }

    static String office() {
        return Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE);
    }

    /** The published round of the ranking tests: four law-enforcement units, two safety ones (below a sample of 3). */
    static long rankedRound() {
        long round = EvaluationResults.round("排名测试批次", EvaluationResults.scheme(), "PUBLISHED", null, 3,
                EvaluationResults.units("JZ-QH-D03", LAW_ENFORCEMENT, "JZ-QH-D05", LAW_ENFORCEMENT, "JZ-QH-D11", LAW_ENFORCEMENT,
                        "JZ-QH-D21", LAW_ENFORCEMENT, "JZ-QH-D10", SAFETY_ENVIRONMENT, "JZ-QH-D14", SAFETY_ENVIRONMENT,
                        "JZ-QH-D02", LIVELIHOOD));
        EvaluationResults.finals(round, "JZ-QH-D03", "30", "30", "20", "20");
        EvaluationResults.finals(round, "JZ-QH-D05", "27", "25", "18", "20");
        EvaluationResults.finals(round, "JZ-QH-D11", "30", "20", "20", "20");
        EvaluationResults.finals(round, "JZ-QH-D21", "20", "20", "10", "0");
        EvaluationResults.finals(round, "JZ-QH-D10", "30", "30", "20", "20");
        // D14: B2 marked not applicable — normalised over the 80 applicable points
        EvaluationResults.finals(round, "JZ-QH-D14", "24", "30", "16");
        EvaluationResults.notApplicable(round, "JZ-QH-D14", "B2");
        // D02 (livelihood): B2 does not apply to its category
        EvaluationResults.finals(round, "JZ-QH-D02", "30", "30", "10");
        return round;
    }

    @Test
    void ranksWithinCategoryOnlyFromTheMinimumSample() {
        long round = rankedRound();
        JsonPath body = Gql.data(results(office(), round, null));
        List<Map<String, Object>> rows = body.getList("data.evaluationResults.rows");
        Map<String, Map<String, Object>> byCode = new java.util.HashMap<>();
        rows.forEach(r -> byCode.put((String) r.get("unitCode"), r));
        assertEquals(1, byCode.get("JZ-QH-D03").get("rank"));
        assertEquals(2, byCode.get("JZ-QH-D05").get("rank"));
        assertEquals(2, byCode.get("JZ-QH-D11").get("rank"));
        assertEquals(4, byCode.get("JZ-QH-D21").get("rank"));
        assertNull(byCode.get("JZ-QH-D10").get("rank"));
        assertTrue(((String) byCode.get("JZ-QH-D10").get("unrankedReason")).contains("少于排名最低样本数 3"));
        assertEquals(List.of("LAW_ENFORCEMENT", "LIVELIHOOD", "SAFETY_ENVIRONMENT"),
                body.getList("data.evaluationResults.categories.category"));
        assertEquals(List.of(true, false, false), body.getList("data.evaluationResults.categories.ranked"));
        assertEquals(List.of("JZ-QH-D03", "JZ-QH-D05", "JZ-QH-D11", "JZ-QH-D21"), body.getList(
                "data.evaluationResults.rows.findAll { it.category == 'LAW_ENFORCEMENT' }.unitCode"));
        assertFalse(body.getBoolean("data.evaluationResults.provisional"));
        JsonPath law = Gql.data(results(office(), round, "LAW_ENFORCEMENT"));
        assertEquals(4, law.getList("data.evaluationResults.rows").size());
    }

    @Test
    void normalisesOverApplicablePointsOnly() {
        long round = rankedRound();
        JsonPath body = Gql.data(results(office(), round, null));
        // D14: 24 + 30 + 16 = 70 of the 80 applicable points (B2 marked not applicable) = 87.50, never 70
        assertEquals(87.5f, body.getFloat("data.evaluationResults.rows.find { it.unitCode == 'JZ-QH-D14' }.total"));
        assertEquals(80f, body.getFloat("data.evaluationResults.rows.find { it.unitCode == 'JZ-QH-D14' }.applicable"));
        // D02: B2 does not apply to livelihood units: 70 of 80 as well
        assertEquals(87.5f, body.getFloat("data.evaluationResults.rows.find { it.unitCode == 'JZ-QH-D02' }.total"));
        assertEquals(100f, body.getFloat("data.evaluationResults.rows.find { it.unitCode == 'JZ-QH-D03' }.total"));
        JsonPath breakdown = Gql.data(result(office(), round, "JZ-QH-D14"));
        assertEquals(List.of("A", "A1", "A2", "B", "B1", "B2"), breakdown.getList("data.evaluationResult.nodes.code"));
        assertEquals(List.of(0, 1, 1, 0, 1, 1), breakdown.getList("data.evaluationResult.nodes.depth"));
        assertFalse(breakdown.getBoolean("data.evaluationResult.nodes.find { it.code == 'B2' }.applicable"));
        assertEquals(16f, breakdown.getFloat("data.evaluationResult.nodes.find { it.code == 'B' }.score"));
    }

    @Test
    void comparesWithThePreviousRoundOverComparableIndicators() {
        long previous = EvaluationResults.round("上年批次", EvaluationResults.scheme(), "PUBLISHED", null, 3,
                EvaluationResults.units("JZ-QH-D10", SAFETY_ENVIRONMENT));
        EvaluationResults.figure(previous, "JZ-QH-D10", "A1", "0.8000", "8", "10");
        EvaluationResults.finals(previous, "JZ-QH-D10", "24", "30", "20", "20");
        long round = EvaluationResults.round("本年批次", EvaluationResults.scheme(), "PUBLISHED", previous, 3,
                EvaluationResults.units("JZ-QH-D10", SAFETY_ENVIRONMENT));
        // A1 not marked: its computed figure 0.9 counts as 27 of 30 under the proportional rule
        EvaluationResults.figure(round, "JZ-QH-D10", "A1", "0.9000", "9", "10");
        EvaluationResults.mark(round, "JZ-QH-D10", "A2", "20", "25", "被区纪委监委通报批评 1 次，扣 5 分");
        EvaluationResults.finals(round, "JZ-QH-D10", null, null, "10", "20");
        JsonPath body = Gql.data(results(Keycloak.tokenFor(Role.DEPARTMENT), round, null));
        Map<String, Object> row = body.getMap("data.evaluationResults.rows[0]");
        assertEquals(82f, ((Number) row.get("total")).floatValue());
        assertEquals(94f, ((Number) row.get("previousTotal")).floatValue());
        // comparable A1 + A2: 52 of 60 = 86.67 now against 54 of 60 = 90.00 before; B1 is not comparable
        assertEquals(-3.33f, ((Number) row.get("change")).floatValue(), 0.001);
        assertEquals(2, row.get("comparedIndicators"));
        assertEquals("上年批次", body.getString("data.evaluationResults.previousRoundName"));
        JsonPath breakdown = Gql.data(result(Keycloak.tokenFor(Role.DEPARTMENT), round, "JZ-QH-D10"));
        Map<String, Object> a1 = breakdown.getMap("data.evaluationResult.nodes.find { it.code == 'A1' }");
        assertEquals(0.9f, ((Number) a1.get("figure")).floatValue());
        assertEquals(0.8f, ((Number) a1.get("previousFigure")).floatValue());
        assertEquals(24f, ((Number) a1.get("previousScore")).floatValue());
        assertEquals("COMPUTED", a1.get("source"));
        assertTrue(((String) a1.get("rule")).startsWith("按完成比例计分"));
        Map<String, Object> a2 = breakdown.getMap("data.evaluationResult.nodes.find { it.code == 'A2' }");
        assertEquals("被区纪委监委通报批评 1 次，扣 5 分", a2.get("reason"));
        assertEquals(EvaluationResults.JIWEI, a2.get("sourceBody"));
        assertEquals(String.valueOf(EvaluationResults.scoreId(round, "JZ-QH-D10", "A2")), a2.get("scoreId"));
        assertNull(breakdown.get("data.evaluationResult.nodes.find { it.code == 'B1' }.previousScore"));
    }

    @Test
    void aUnitSeesItsOwnFromTheReplyStageAndOthersOnlyOncePublished() {
        long round = EvaluationResults.round("可见性测试批次", EvaluationResults.scheme(), "FIRST_MARK", null, 3,
                EvaluationResults.units("JZ-QH-D10", SAFETY_ENVIRONMENT, "JZ-QH-D11", LAW_ENFORCEMENT));
        EvaluationResults.mark(round, "JZ-QH-D10", "B1", "15", null, "台账不全");
        String huanjing = Keycloak.tokenFor(Role.DEPARTMENT);
        // before the reply stage: its own result exists but is not readable yet; another unit's does not exist
        assertTrue(Gql.error(result(huanjing, round, "JZ-QH-D10"), "FORBIDDEN").contains("反馈申辩"));
        Gql.error(results(huanjing, round, null), "FORBIDDEN");
        Gql.error(result(chengguan(), round, "JZ-QH-D10"), "NOT_FOUND");
        Gql.error(result(Keycloak.tokenFor(Role.DISCIPLINE), round, "JZ-QH-D10"), "NOT_FOUND");
        // 编办 and leaders see it, marked provisional, ranks over the whole round
        JsonPath leader = Gql.data(result(Keycloak.tokenFor(Role.LEADER), round, "JZ-QH-D10"));
        assertTrue(leader.getBoolean("data.evaluationResult.provisional"));
        assertEquals("台账不全", leader.getString("data.evaluationResult.nodes.find { it.code == 'B1' }.reason"));

        EvaluationResults.stage(round, "REPLY");
        JsonPath own = Gql.data(results(huanjing, round, null));
        assertEquals(List.of("JZ-QH-D10"), own.getList("data.evaluationResults.rows.unitCode"));
        assertTrue(own.getBoolean("data.evaluationResults.provisional"));
        assertTrue(own.getString("data.evaluationResults.rows[0].unrankedReason").contains("结果公布后"));
        Gql.data(result(huanjing, round, "JZ-QH-D10"));
        // D11 never sees D10's unpublished result, nor D10 D11's
        Gql.error(result(chengguan(), round, "JZ-QH-D10"), "NOT_FOUND");
        Gql.error(result(huanjing, round, "JZ-QH-D11"), "NOT_FOUND");
        Gql.error(results(Keycloak.tokenFor(Role.ORGANISATION), round, null), "NOT_FOUND");
        Gql.error(results(Keycloak.tokenFor(Role.COMMITTEE), round, null), "NOT_FOUND");

        // during the final mark the unit still sees the first mark it replied to; 编办 sees the final one
        EvaluationResults.mark(round, "JZ-QH-D10", "B1", "15", "18", "补交台账后复核");
        EvaluationResults.stage(round, "FINAL_MARK");
        assertEquals(15f, Gql.data(result(huanjing, round, "JZ-QH-D10")).getFloat("data.evaluationResult.nodes.find { it.code == 'B1' }.score"));
        assertEquals(18f, Gql.data(result(office(), round, "JZ-QH-D10")).getFloat("data.evaluationResult.nodes.find { it.code == 'B1' }.score"));

        EvaluationResults.stage(round, "PUBLISHED");
        assertEquals("补交台账后复核", Gql.data(result(huanjing, round, "JZ-QH-D10"))
                .getString("data.evaluationResult.nodes.find { it.code == 'B1' }.reason"));
        JsonPath published = Gql.data(results(chengguan(), round, null));
        assertEquals(List.of("JZ-QH-D11", "JZ-QH-D10"), published.getList("data.evaluationResults.rows.unitCode"));
        Gql.data(result(chengguan(), round, "JZ-QH-D10"));
        Gql.data(result(Keycloak.tokenFor(Role.DISCIPLINE), round, "JZ-QH-D10"));
        // the problems raised on a result are for 编办, leaders and the unit itself
        raise(office(), round, "JZ-QH-D10", null).then().statusCode(200);
        assertEquals(1, Gql.data(result(huanjing, round, "JZ-QH-D10")).getList("data.evaluationResult.problems").size());
        assertEquals(0, Gql.data(result(chengguan(), round, "JZ-QH-D10")).getList("data.evaluationResult.problems").size());
        Gql.error(results(Keycloak.tokenFor(Role.COMMAND_CENTRE), round, null), "NOT_FOUND");
        Gql.error(results(Keycloak.tokenFor(Role.INTEGRATION), round, null), "NOT_FOUND");
    }

    static io.restassured.response.Response raise(String token, long round, String unitCode, Long scoreId) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("roundId", round, "unitId", EvaluationResults.unitId(unitCode),
                "description", "行政执法台账不规范，需整改"));
        if (scoreId != null) {
            input.put("scoreId", scoreId);
        }
        return Gql.post(token, "mutation($i: RaiseEvaluationProblemInput!) { raiseEvaluationProblem(input: $i) { problem { id sourceKind sourceId description } } }",
                Map.of("i", input));
    }

    @Test
    void officeRaisesProblemsOnAScoreForTheLedger() {
        long round = rankedRound();
        long score = EvaluationResults.scoreId(round, "JZ-QH-D21", "B2");
        JsonPath ok = Gql.data(Gql.ok(raise(office(), round, "JZ-QH-D21", score)));
        assertEquals("SCORE", ok.getString("data.raiseEvaluationProblem.problem.sourceKind"));
        assertEquals(String.valueOf(score), ok.getString("data.raiseEvaluationProblem.problem.sourceId"));
        JsonPath breakdown = Gql.data(result(office(), round, "JZ-QH-D21"));
        assertEquals("行政执法台账不规范，需整改", breakdown.getString("data.evaluationResult.problems[0].description"));
        // a score of another unit is refused by field; the unit itself may not raise; blank text is invalid
        JsonPath wrong = Gql.ok(raise(office(), round, "JZ-QH-D03", score));
        Gql.error(wrong, "VALIDATION");
        assertEquals("input.scoreId", wrong.getString("errors[0].extensions.field"));
        Gql.error(Gql.ok(raise(Keycloak.tokenFor(Role.DEPARTMENT), round, "JZ-QH-D10", null)), "FORBIDDEN");
        Gql.error(Gql.ok(raise(Keycloak.tokenFor(Role.COMMAND_CENTRE), round, "JZ-QH-D10", null)), "NOT_FOUND");
    }

    @Test
    void dashboardComparesUnitsPeriodsAndFindsTheWeakestIndicators() {
        long previous = rankedRound();
        long round = EvaluationResults.round("看板测试批次", EvaluationResults.scheme(), "FINAL_MARK", previous, 3,
                EvaluationResults.units("JZ-QH-D03", LAW_ENFORCEMENT, "JZ-QH-D05", LAW_ENFORCEMENT));
        EvaluationResults.finals(round, "JZ-QH-D03", "30", "30", "10", "20");
        EvaluationResults.finals(round, "JZ-QH-D05", "30", "30", "6", "20");
        String query = """
                query($r: ID!) { evaluationDashboard(roundId: $r) { provisional categories { category average units { unitName total } }
                  periods { roundName average unitCount } weakest { code name averageShare units } } }""";
        JsonPath body = Gql.data(Gql.as(Role.LEADER, query, Map.of("r", round)));
        assertTrue(body.getBoolean("data.evaluationDashboard.provisional"));
        assertEquals(List.of(90f, 86f), body.getList("data.evaluationDashboard.categories[0].units.total", Float.class));
        assertEquals(List.of("排名测试批次", "看板测试批次"), body.getList("data.evaluationDashboard.periods.roundName"));
        assertEquals("B1", body.getString("data.evaluationDashboard.weakest[0].code"));
        assertEquals(40f, body.getFloat("data.evaluationDashboard.weakest[0].averageShare"));
        Gql.error(Gql.as(Role.DEPARTMENT, query, Map.of("r", previous)), "FORBIDDEN");
        Gql.error(Gql.as(Role.DEPARTMENT, query, Map.of("r", round)), "NOT_FOUND");
    }

    @Test
    void theRoundsListHoldsWhatTheCallerSeesOrMayImportInto() {
        long round = EvaluationResults.round("列表测试批次", EvaluationResults.scheme(), "FIRST_MARK", null, 3,
                EvaluationResults.units("JZ-QH-D10", SAFETY_ENVIRONMENT, "JZ-QH-D11", LAW_ENFORCEMENT));
        String query = "{ evaluationResultRounds { id stage } }";
        String id = String.valueOf(round);
        assertFalse(Gql.data(Gql.as(Role.DEPARTMENT, query)).getList("data.evaluationResultRounds.id").contains(id));
        assertTrue(Gql.data(Gql.as(Role.LEADER, query)).getList("data.evaluationResultRounds.id").contains(id));
        // 纪委监委 supplies figures before publication, so it finds the round, though not its results
        assertTrue(Gql.data(Gql.as(Role.DISCIPLINE, query)).getList("data.evaluationResultRounds.id").contains(id));
        Gql.error(results(Keycloak.tokenFor(Role.DISCIPLINE), round, null), "NOT_FOUND");
        assertFalse(Gql.data(Gql.as(Role.COMMITTEE, query)).getList("data.evaluationResultRounds.id").contains(id));
        EvaluationResults.stage(round, "REPLY");
        assertTrue(Gql.data(Gql.as(Role.DEPARTMENT, query)).getList("data.evaluationResultRounds.id").contains(id));
        assertTrue(Gql.data(Gql.ok(Gql.post(chengguan(), query, Map.of()))).getList("data.evaluationResultRounds.id").contains(id));
        // a township out of the round's scope finds it only once published
        assertFalse(Gql.data(Gql.as(Role.TOWNSHIP, query)).getList("data.evaluationResultRounds.id").contains(id));
        EvaluationResults.stage(round, "PUBLISHED");
        assertTrue(Gql.data(Gql.as(Role.TOWNSHIP, query)).getList("data.evaluationResultRounds.id").contains(id));
    }
}
