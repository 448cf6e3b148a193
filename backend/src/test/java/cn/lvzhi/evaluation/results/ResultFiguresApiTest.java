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
import static cn.lvzhi.evaluation.EvaluationCategory.SAFETY_ENVIRONMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through GraphQL with real tokens: every figure of a breakdown says what it is (rate, count with its unit, number), and
 * every result row says whether it could be compared with the previous round and, if not, why — on prepared rounds
 * and on the demo's published quarterly round, compared with last year's round.
 */
@QuarkusTest
class ResultFiguresApiTest {
    static final String ROWS = """
            query($r: ID!) { evaluationResults(roundId: $r) { previousRoundName
              rows { unitCode total change comparedIndicators comparison } } }""";
    static final String BREAKDOWN = """
            query($r: ID!, $u: ID!) { evaluationResult(roundId: $r, unitId: $u) {
              result { change comparedIndicators comparison }
              nodes { code leaf figure numerator denominator figureKind figureUnit rule previousFigure } } }""";

    static JsonPath rows(String token, long round) {
        return Gql.data(Gql.ok(Gql.post(token, ROWS, Map.of("r", round))));
    }

    static JsonPath breakdown(String token, long round, String unitCode) {
        return Gql.data(Gql.ok(Gql.post(token, BREAKDOWN, Map.of("r", round, "u", EvaluationResults.unitId(unitCode)))));
    }

    static String comparison(JsonPath rows, String unitCode) {
        return rows.getString("data.evaluationResults.rows.find { it.unitCode == '" + unitCode + "' }.comparison");
    }

    @Test
    void everyFigureSaysWhetherItIsARateACountOrANumber() {
        long round = EvaluationResults.round("数值类型测试批次", EvaluationResults.scheme(), "PUBLISHED", null, 3,
                EvaluationResults.units("JZ-QH-D10", SAFETY_ENVIRONMENT));
        EvaluationResults.figure(round, "JZ-QH-D10", "A1", "0.9607", "269", "280");
        EvaluationResults.figure(round, "JZ-QH-D10", "A2", "2", "2", null);
        EvaluationResults.figure(round, "JZ-QH-D10", "B2", "1", null, null);
        JsonPath body = breakdown(Keycloak.tokenFor(Role.DEPARTMENT), round, "JZ-QH-D10");
        Map<String, Object> a1 = body.getMap("data.evaluationResult.nodes.find { it.code == 'A1' }");
        // A1 is computed by CASE_ON_TIME_RATE, which declares a rate: its target 1 reads 100.00%
        assertEquals("RATE", a1.get("figureKind"));
        assertNull(a1.get("figureUnit"));
        assertEquals(0.9607f, ((Number) a1.get("figure")).floatValue(), 0.00001);
        assertTrue(((String) a1.get("rule")).contains("目标值 100.00%"), (String) a1.get("rule"));
        // A2: 纪委监委's deductions per occurrence are counted in 次
        Map<String, Object> a2 = body.getMap("data.evaluationResult.nodes.find { it.code == 'A2' }");
        assertEquals("COUNT", a2.get("figureKind"));
        assertEquals("次", a2.get("figureUnit"));
        // B1 is marked directly, B2 passes at 1 (达标): plain numbers
        assertEquals("NUMBER", body.getString("data.evaluationResult.nodes.find { it.code == 'B1' }.figureKind"));
        assertEquals("NUMBER", body.getString("data.evaluationResult.nodes.find { it.code == 'B2' }.figureKind"));
        assertTrue(body.getString("data.evaluationResult.nodes.find { it.code == 'B2' }.rule").startsWith("达到 1 得"));
        // the aspects have no figure of their own
        assertEquals(java.util.Arrays.asList(null, null), body.getList("data.evaluationResult.nodes.findAll { !it.leaf }.figureKind"));
    }

    @Test
    void aResultWithoutAChangeSaysWhy() {
        long lone = EvaluationResults.round("无上轮测试批次", EvaluationResults.scheme(), "PUBLISHED", null, 3,
                EvaluationResults.units("JZ-QH-D10", SAFETY_ENVIRONMENT));
        EvaluationResults.finals(lone, "JZ-QH-D10", "27", "25", "18", "20");
        JsonPath none = rows(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), lone);
        assertEquals("NO_PREVIOUS_ROUND", comparison(none, "JZ-QH-D10"));
        assertNull(none.get("data.evaluationResults.rows[0].change"));

        // last year: D10 scored on the comparable A1 and A2; D11 was not in scope
        long previous = EvaluationResults.round("比较上轮测试批次", EvaluationResults.scheme(), "PUBLISHED", null, 3,
                EvaluationResults.units("JZ-QH-D10", SAFETY_ENVIRONMENT, "JZ-QH-D05", LAW_ENFORCEMENT));
        EvaluationResults.mark(previous, "JZ-QH-D10", "A1", "24", "24", null);
        EvaluationResults.mark(previous, "JZ-QH-D10", "A2", "30", "30", null);
        // D05 was only marked on B1, which is not comparable
        EvaluationResults.finals(previous, "JZ-QH-D05", null, null, "15");
        long round = EvaluationResults.round("比较本轮测试批次", EvaluationResults.scheme(), "PUBLISHED", previous, 3,
                EvaluationResults.units("JZ-QH-D10", SAFETY_ENVIRONMENT, "JZ-QH-D11", LAW_ENFORCEMENT, "JZ-QH-D05", LAW_ENFORCEMENT));
        List.of("JZ-QH-D10", "JZ-QH-D11", "JZ-QH-D05").forEach(u -> EvaluationResults.finals(round, u, "27", "25", "18", "20"));
        for (Role role : List.of(Role.ESTABLISHMENT_OFFICE, Role.LEADER, Role.DEPARTMENT)) {
            JsonPath body = rows(Keycloak.tokenFor(role), round);
            assertEquals("COMPARED", comparison(body, "JZ-QH-D10"), role::name);
            assertNotNull(body.get("data.evaluationResults.rows.find { it.unitCode == 'JZ-QH-D10' }.change"));
            assertEquals("NOT_IN_PREVIOUS_ROUND", comparison(body, "JZ-QH-D11"), role::name);
            assertEquals("NO_COMPARABLE_INDICATORS", comparison(body, "JZ-QH-D05"), role::name);
            assertNull(body.get("data.evaluationResults.rows.find { it.unitCode == 'JZ-QH-D05' }.change"));
        }
        assertEquals("COMPARED", breakdown(Keycloak.tokenFor(Role.DEPARTMENT), round, "JZ-QH-D10")
                .getString("data.evaluationResult.result.comparison"));

        // the previous round in the reply stage: huanjing reads its own result there, but not another unit's yet
        EvaluationResults.stage(previous, "REPLY");
        JsonPath early = rows(Keycloak.tokenFor(Role.DEPARTMENT), round);
        assertEquals("COMPARED", comparison(early, "JZ-QH-D10"));
        assertEquals("PREVIOUS_NOT_VISIBLE", comparison(early, "JZ-QH-D05"));
        assertNull(early.get("data.evaluationResults.rows.find { it.unitCode == 'JZ-QH-D05' }.change"));
        assertEquals("NO_COMPARABLE_INDICATORS", comparison(rows(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), round), "JZ-QH-D05"));
    }

    /** The demo's published quarterly round (演示数据), compared with last year's published annual round. */
    static long demoQuarter() {
        Object id = EvaluationResults.query("select id from evaluation_round where created_by_name = '演示数据'"
                + " and period_kind = 'QUARTER' and stage = 'PUBLISHED' order by id limit 1", List.of());
        assertNotNull(id, "the demo has a published quarterly round");
        return ((Number) id).longValue();
    }

    @Test
    void theDemoQuarterShowsRatesAndComparesWithLastYear() {
        long quarter = demoQuarter();
        JsonPath own = breakdown(Keycloak.tokenFor(Role.DEPARTMENT), quarter, "JZ-QH-D10");
        assertEquals("COMPARED", own.getString("data.evaluationResult.result.comparison"));
        assertNotNull(own.get("data.evaluationResult.result.change"));
        assertTrue(own.getInt("data.evaluationResult.result.comparedIndicators") > 0);
        Map<String, Object> satisfaction = own.getMap("data.evaluationResult.nodes.find { it.code == 'A2.1' }");
        assertEquals("RATE", satisfaction.get("figureKind"));
        float rate = ((Number) satisfaction.get("figure")).floatValue();
        assertTrue(rate > 0 && rate <= 1, "a rate in [0,1]: " + rate);
        assertEquals("COUNT", own.getString("data.evaluationResult.nodes.find { it.code == 'A2.3' }.figureKind"));
        assertEquals("次", own.getString("data.evaluationResult.nodes.find { it.code == 'A2.3' }.figureUnit"));
        assertEquals("NUMBER", own.getString("data.evaluationResult.nodes.find { it.code == 'B2' }.figureKind"));
        assertEquals("项", own.getString("data.evaluationResult.nodes.find { it.code == 'C1' }.figureUnit"));
        for (Role role : List.of(Role.ESTABLISHMENT_OFFICE, Role.LEADER, Role.DEPARTMENT)) {
            JsonPath all = rows(Keycloak.tokenFor(role), quarter);
            assertNotNull(all.getString("data.evaluationResults.previousRoundName"), role::name);
            List<Map<String, Object>> rows = all.getList("data.evaluationResults.rows");
            assertFalse(rows.isEmpty());
            for (Map<String, Object> row : rows) {
                assertNotNull(row.get("comparison"), row::toString);
                assertEquals(row.get("change") != null, "COMPARED".equals(row.get("comparison")), row::toString);
            }
            assertTrue(rows.stream().anyMatch(r -> "COMPARED".equals(r.get("comparison"))), role::name);
        }
    }
}
