package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.demo.evaluation.DemoSchemes;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationSchemes;
import cn.lvzhi.testing.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationSchemes.ACTIVATE;
import static cn.lvzhi.testing.EvaluationSchemes.CREATE;
import static cn.lvzhi.testing.EvaluationSchemes.office;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Indicator schemes (评估标准) through the API with real tokens: build, save whole, activate, supersede, validate, see. */
@QuarkusTest
class SchemeApiTest {
    static final String SCHEME = """
            query($id: ID!) { evaluationScheme(id: $id) { id year versionNo name status totalPoints version usedByRounds editable
              previousScheme { id }
              indicators { code parentCode depth isLeaf points effectivePoints { category points } categories source sourceBody
                           rule { kind target perOccurrence floor cap threshold } computation { name params { name value } }
                           previousCode comparable previous { code name } } } }""";
    static final String SAVE = """
            mutation($i: SaveEvaluationSchemeInput!) { saveEvaluationScheme(input: $i) { scheme { id version name totalPoints } } }""";
    static final String SUPERSEDE = """
            mutation($i: SupersedeEvaluationSchemeInput!) { supersedeEvaluationScheme(input: $i) {
              scheme { id versionNo status year name createdAt indicators { code } } } }""";
    static final String LIST = """
            query($year: Int) { evaluationSchemes(year: $year, first: 20) { totalCount edges { node { id status versionNo } } } }""";

    static JsonPath scheme(Role role, String id) {
        return Gql.as(role, SCHEME, Map.of("id", id));
    }

    static Map<String, Object> saveInput(String id, int version, String name, List<Map<String, Object>> indicators) {
        Map<String, Object> in = new HashMap<>();
        in.put("id", id);
        in.put("version", version);
        in.put("name", name);
        in.put("indicators", indicators);
        return in;
    }

    @Test
    void theOfficeBuildsSavesActivatesAndSupersedesAScheme() {
        int year = EvaluationSchemes.freshYear();
        String first = EvaluationSchemes.draft(year);
        JsonPath s = Gql.data(scheme(Role.ESTABLISHMENT_OFFICE, first));
        assertEquals("DRAFT", s.getString("data.evaluationScheme.status"));
        assertEquals(1, s.getInt("data.evaluationScheme.versionNo"));
        assertEquals(100.0, s.getDouble("data.evaluationScheme.totalPoints"));
        assertTrue(s.getBoolean("data.evaluationScheme.editable"));
        assertEquals(DemoSchemes.scheme2025().indicators().size(), s.getList("data.evaluationScheme.indicators").size());
        Map<String, Object> a21 = indicator(s, "A2.1");
        assertEquals(2, a21.get("depth"));
        assertEquals(true, a21.get("isLeaf"));
        assertEquals("COMPUTED", a21.get("source"));
        assertEquals(Map.of("name", "TEST_SCHEME_RATE", "params", List.of(Map.of("name", "windowDays", "value", "30"))),
                a21.get("computation"));
        assertTrue(((List<?>) a21.get("effectivePoints")).contains(Map.of("category", "TOWNSHIP", "points", 15)));
        assertEquals(List.of(Map.of("category", "LAW_ENFORCEMENT", "points", 3)), indicator(s, "A3.3").get("effectivePoints"));
        assertEquals(false, indicator(s, "A").get("isLeaf"));

        // saved whole: one indicator fewer, the sums still exact
        List<Map<String, Object>> indicators = new ArrayList<>(
                EvaluationSchemes.indicators(EvaluationSchemes.testable(DemoSchemes.scheme2025())));
        indicators.removeIf(i -> i.get("code").equals("C3"));
        indicators.stream().filter(i -> i.get("code").equals("C2")).findFirst().orElseThrow().put("points", 5);
        JsonPath saved = office(SAVE, Map.of("i", saveInput(first, 0, "改名后的标准", indicators)));
        assertEquals(1, saved.getInt("data.saveEvaluationScheme.scheme.version"));
        assertEquals(DemoSchemes.scheme2025().indicators().size() - 1,
                Gql.data(scheme(Role.ESTABLISHMENT_OFFICE, first)).getList("data.evaluationScheme.indicators").size());
        assertEquals("评估标准已被他人修改（当前版本 1），请刷新后重试 (stale version; current is 1)",
                Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, SAVE, Map.of("i", saveInput(first, 0, "旧版本", indicators))), "CONFLICT"));

        assertEquals("ACTIVE", office(ACTIVATE, Map.of("i", Map.of("id", first, "version", 1)))
                .getString("data.activateEvaluationScheme.scheme.status"));
        assertEquals(SchemeService.NOT_DRAFT,
                Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, SAVE, Map.of("i", saveInput(first, 2, "生效后修改", indicators))), "CONFLICT"));
        assertEquals(SchemeService.ACTIVATE_DRAFT,
                Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, ACTIVATE, Map.of("i", Map.of("id", first, "version", 2))), "CONFLICT"));

        // a second version in force supersedes the first: one ACTIVE per region and year
        String second = EvaluationSchemes.active(year);
        assertEquals("SUPERSEDED", Gql.data(scheme(Role.ESTABLISHMENT_OFFICE, first)).getString("data.evaluationScheme.status"));
        assertEquals("ACTIVE", Gql.data(scheme(Role.ESTABLISHMENT_OFFICE, second)).getString("data.evaluationScheme.status"));

        // a new version of the scheme in force: a draft copied from it, numbered after the year's last
        JsonPath next = office(SUPERSEDE, Map.of("i", Map.of("id", second)));
        assertEquals(3, next.getInt("data.supersedeEvaluationScheme.scheme.versionNo"));
        assertEquals("DRAFT", next.getString("data.supersedeEvaluationScheme.scheme.status"));
        assertNotNull(next.getString("data.supersedeEvaluationScheme.scheme.createdAt"));
        assertEquals(DemoSchemes.scheme2025().indicators().size(), next.getList("data.supersedeEvaluationScheme.scheme.indicators").size());
        assertEquals(SchemeService.STILL_EDITABLE, Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, SUPERSEDE,
                Map.of("i", Map.of("id", next.getString("data.supersedeEvaluationScheme.scheme.id")))), "CONFLICT"));
    }

    static Map<String, Object> indicator(JsonPath s, String code) {
        return s.<Map<String, Object>>getList("data.evaluationScheme.indicators").stream().filter(i -> code.equals(i.get("code")))
                .findFirst().orElseThrow();
    }

    @Test
    void nextYearsSchemeLinksItsIndicatorsToLastYearsCounterparts() {
        int year = EvaluationSchemes.freshYear();
        String last = EvaluationSchemes.active(year);
        String id = office(CREATE, Map.of("i", EvaluationSchemes.createInput(year + 1, DemoSchemes.scheme2026(), last)))
                .getString("data.createEvaluationScheme.scheme.id");
        JsonPath s = Gql.data(scheme(Role.ESTABLISHMENT_OFFICE, id));
        assertEquals(last, s.getString("data.evaluationScheme.previousScheme.id"));
        assertEquals(Map.of("code", "A2.4", "name", "逾期签收、答复"), indicator(s, "A2.5").get("previous"));
        assertEquals(false, indicator(s, "A2.5").get("comparable"));
        assertEquals(true, indicator(s, "A2.1").get("comparable"));
        assertNull(indicator(s, "A5").get("previous"));

        // the previous scheme must be last year's
        JsonPath wrongYear = Gql.as(Role.ESTABLISHMENT_OFFICE, CREATE,
                Map.of("i", EvaluationSchemes.createInput(year + 2, DemoSchemes.scheme2026(), last)));
        assertEquals("上年度评估标准须为 " + (year + 1) + " 年的标准，而不是 " + year + " 年的 (the previous scheme must be of the year before)",
                Gql.error(wrongYear, "VALIDATION"));
        assertEquals("input.previousSchemeId", wrongYear.getString("errors[0].extensions.field"));
    }

    @Test
    void aSchemeUsedByARoundNeverChangesOnlyANewVersionCan() {
        int year = EvaluationSchemes.freshYear();
        String id = EvaluationSchemes.draft(year);
        EvaluationSchemes.roundUsing(id);
        JsonPath s = Gql.data(scheme(Role.ESTABLISHMENT_OFFICE, id));
        assertEquals(1, s.getInt("data.evaluationScheme.usedByRounds"));
        assertFalse(s.getBoolean("data.evaluationScheme.editable"));
        assertEquals(SchemeService.USED_BY_ROUND, Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, SAVE, Map.of("i", saveInput(id, 0, "修改",
                EvaluationSchemes.indicators(EvaluationSchemes.testable(DemoSchemes.scheme2025()))))), "CONFLICT"));
        assertEquals(2, office(SUPERSEDE, Map.of("i", Map.of("id", id))).getInt("data.supersedeEvaluationScheme.scheme.versionNo"));
    }

    @Test
    void aSchemeWithErrorsIsRefusedWithEveryErrorListed() {
        List<Map<String, Object>> indicators = new ArrayList<>();
        indicators.add(node("A", null, "100", null));
        indicators.add(node("A1", "A", "33.33", Map.of("kind", "BONUS", "perOccurrence", 1, "cap", -2)));
        indicators.add(node("A2", "A", "33.33", Map.of("kind", "DEDUCTION", "perOccurrence", 1, "floor", 40)));
        Map<String, Object> computed = node("A3", "A", "33.33", Map.of("kind", "PROPORTIONAL", "target", 1));
        computed.put("source", "COMPUTED");
        computed.put("computation", Map.of("name", SchemeTestComputation.NAME, "params", List.of(Map.of("name", "windowDays", "value", "三十"))));
        indicators.add(computed);
        Map<String, Object> unknown = node("B", null, "10", Map.of("kind", "PASS_FAIL", "threshold", 1));
        unknown.put("source", "COMPUTED");
        unknown.put("computation", Map.of("name", "NO_SUCH_COMPUTATION"));
        indicators.add(unknown);
        Map<String, Object> in = new HashMap<>();
        in.put("name", "有错误的标准");
        in.put("year", EvaluationSchemes.freshYear());
        in.put("indicators", indicators);
        JsonPath refused = Gql.as(Role.ESTABLISHMENT_OFFICE, CREATE, Map.of("i", in));
        assertEquals("评估标准有 5 处错误，第一处：子指标分值之和 99.99 不等于上级指标 A 的分值 100 (children's points sum to 99.99, "
                + "not 100) (the scheme has 5 errors)", Gql.error(refused, "VALIDATION"));
        assertEquals("input.indicators[0].points", refused.getString("errors[0].extensions.field"));
        assertEquals(List.of(
                Map.of("field", "input.indicators[0].points",
                        "message", "子指标分值之和 99.99 不等于上级指标 A 的分值 100 (children's points sum to 99.99, not 100)"),
                Map.of("field", "input.indicators[1].rule.cap", "message", "封顶分不能为负数，而不是 -2 (cap must not be negative)"),
                Map.of("field", "input.indicators[2].rule.floor", "message", "保底分 40 高于指标分值 33.33 (floor is above the indicator's points)"),
                Map.of("field", "input.indicators[3].computation.params[0].value",
                        "message", "参数 windowDays 应为整数，而不是“三十” (parameter windowDays must be integer)"),
                Map.of("field", "input.indicators[4].computation.name", "message", "计算方法 NO_SUCH_COMPUTATION 不存在 (no such computation)")),
                refused.getList("errors[0].extensions.errors"));
    }

    static Map<String, Object> node(String code, String parentCode, String points, Map<String, Object> rule) {
        Map<String, Object> n = new HashMap<>();
        n.put("code", code);
        n.put("parentCode", parentCode);
        n.put("name", "指标" + code);
        n.put("points", points);
        if (rule != null) {
            n.put("source", "MANUAL");
            n.put("rule", rule);
        }
        return n;
    }

    @Test
    void whoSeesWhat() {
        int year = EvaluationSchemes.freshYear();
        String active = EvaluationSchemes.active(year);
        String draft = EvaluationSchemes.draft(year);
        // the units assessed see the standard in force, never a draft
        for (Role unit : List.of(Role.DEPARTMENT, Role.TOWNSHIP)) {
            JsonPath list = Gql.data(Gql.as(unit, LIST, Map.of("year", year)));
            assertEquals(List.of(active), list.getList("data.evaluationSchemes.edges.node.id"), unit.name());
            Gql.data(scheme(unit, active));
            assertEquals(SchemePolicy.NOT_FOUND, Gql.error(scheme(unit, draft), "NOT_FOUND"));
            assertEquals(SchemePolicy.OFFICE_ONLY, Gql.error(Gql.as(unit, SUPERSEDE, Map.of("i", Map.of("id", active))), "FORBIDDEN"));
        }
        // the office and leaders see every version
        for (Role reader : List.of(Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            JsonPath list = Gql.data(Gql.as(reader, LIST, Map.of("year", year)));
            assertEquals(List.of(draft, active), list.getList("data.evaluationSchemes.edges.node.id"), reader.name());
            assertEquals("DRAFT", Gql.data(scheme(reader, draft)).getString("data.evaluationScheme.status"));
        }
        assertEquals(SchemePolicy.OFFICE_ONLY, Gql.error(Gql.as(Role.LEADER, ACTIVATE, Map.of("i", Map.of("id", draft, "version", 0))),
                "FORBIDDEN"));
        // everyone else: refused
        for (Role other : List.of(Role.COMMITTEE, Role.COMMAND_CENTRE, Role.GRID_WORKER, Role.DISCIPLINE, Role.ORGANISATION,
                Role.INTEGRATION)) {
            assertEquals(SchemePolicy.READ_REFUSED, Gql.error(Gql.as(other, LIST, Map.of("year", year)), "FORBIDDEN"), other.name());
            assertEquals(SchemePolicy.READ_REFUSED, Gql.error(scheme(other, active), "FORBIDDEN"), other.name());
        }
    }

    @Test
    void theSchemeBuilderListsTheRegisteredComputationsWithTheirParameters() {
        JsonPath c = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, """
                query { evaluationComputations { name description figureKind parameters { name type defaultValue description required } } }"""));
        Map<String, Object> test = c.<Map<String, Object>>getList("data.evaluationComputations").stream()
                .filter(m -> SchemeTestComputation.NAME.equals(m.get("name"))).findFirst().orElseThrow();
        assertEquals("RATE", test.get("figureKind"));
        assertEquals(List.of(
                        mapOf("name", "windowDays", "type", "INTEGER", "defaultValue", null, "description", "统计窗口天数", "required", true),
                        mapOf("name", "countPartly", "type", "BOOLEAN", "defaultValue", "true", "description", "部分计入", "required", false)),
                test.get("parameters"));
    }

    static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
