package cn.lvzhi.common;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Tracking;
import cn.lvzhi.tracking.inputs.SaveTrackingTemplateInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A number for an {@code Int} (or any number scalar) is taken exactly or refused as VALIDATION naming the field —
 * never truncated (100.0000001 → 100), wrapped (2147483648 → -2147483648) or zeroed (1e309 → 0) — whether it comes
 * as a variable or as a literal; and a template's points cannot overflow into a sum of 100.
 */
@QuarkusTest
class NumberCoercionTest {
    static final String SAVE_TEMPLATE = """
            mutation($i: SaveTrackingTemplateInput!) { saveTrackingTemplate(input: $i) { template { version } } }""";

    /** The ABOLISH template with the indicators' points replaced by the given JSON numbers, as raw JSON text. */
    private static String templateJson(String... points) {
        Map<String, Object> current = Tracking.currentTemplate("ABOLISH");
        StringBuilder indicators = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            indicators.append(i == 0 ? "" : ",").append("""
                    {"code":"N%d","name":"指标%d","points":%s,"method":"QUALITATIVE","guidance":"按完成情况评分"}"""
                    .formatted(i, i, points[i]));
        }
        return """
                {"query":"mutation($i: SaveTrackingTemplateInput!) { saveTrackingTemplate(input: $i) { template { version } } }",
                 "variables":{"i":{"kind":"ABOLISH","version":%s,"indicators":[%s]}}}"""
                .formatted(current.get("version"), indicators);
    }

    private static JsonPath raw(String json) {
        return Gql.ok(RestAssured.given().contentType(ContentType.JSON).header("Authorization",
                "Bearer " + Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE)).body(json).post("/graphql"));
    }

    private static int abolishVersion() {
        return (Integer) Tracking.currentTemplate("ABOLISH").get("version");
    }

    @Test
    void threeHugePointValuesThatWrapToOneHundredAreRefusedAndNothingIsSaved() {
        int before = abolishVersion();
        // 2147483647 + 2147483647 + 102 is 100 in 32-bit arithmetic
        JsonPath body = raw(templateJson("2147483647", "2147483647", "102"));
        assertTrue(Gql.error(body, "VALIDATION").contains("1 至 100"), body.prettify());
        assertEquals("input.indicators[0].points", body.getString("errors[0].extensions.field"));
        assertEquals(before, abolishVersion());
    }

    @Test
    void aNumberThatIsNotAnExactIntIsRefusedNamingItsPathNotCoerced() {
        int before = abolishVersion();
        for (String bad : List.of("100.0000001", "2147483648", "-2147483649", "1e309", "\"100\"", "99.5")) {
            JsonPath body = raw(templateJson(bad));
            Gql.error(body, "VALIDATION");
            assertEquals("input.indicators[0].points", body.getString("errors[0].extensions.field"), bad);
        }
        assertEquals(before, abolishVersion());
        // an integral JSON number written as 100.0 is the whole number 100; then the template is put back as it was
        Map<String, Object> original = Tracking.currentTemplate("ABOLISH");
        JsonPath saved = Gql.data(raw(templateJson("100.0")));
        assertEquals(before + 1, saved.getInt("data.saveTrackingTemplate.template.version"));
        Map<String, Object> restore = new HashMap<>(original);
        restore.put("version", before + 1);
        Tracking.office(SAVE_TEMPLATE, Map.of("i", restore));
    }

    @Test
    void aLiteralThatIsNotAnExactIntIsRefusedNamingTheArgument() {
        for (String bad : List.of("5.5", "2147483648", "1e309")) {
            JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.LEADER), "{ cases(first: " + bad + ") { totalCount } }", null));
            Gql.error(body, "VALIDATION");
            assertEquals("first", body.getString("errors[0].extensions.field"), bad);
        }
        Gql.data(Gql.ok(Gql.post(Keycloak.tokenFor(Role.LEADER), "{ cases(first: 5) { totalCount } }", null)));
    }

    @Test
    void aFloatOutOfRangeIsRefused() {
        // a Float literal beyond double range would otherwise become Infinity
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.GRID_WORKER), """
                mutation { reportCase(input: { title: "井盖缺失", description: "路口井盖缺失", address: "人民路 1 号", latitude: 1e309, longitude: 121.4 }) { case { id } } }""",
                null));
        Gql.error(body, "VALIDATION");
        assertEquals("input.latitude", body.getString("errors[0].extensions.field"));
    }

    @Test
    void pointsOfATemplateIndicatorLieBetweenOneAndOneHundred() {
        List<Map<String, Object>> indicators = new ArrayList<>();
        indicators.add(Map.of("code", "A", "name", "甲", "points", 101, "method", "QUALITATIVE", "guidance", "g"));
        indicators.add(Map.of("code", "B", "name", "乙", "points", -1, "method", "QUALITATIVE", "guidance", "g"));
        Map<String, Object> input = new HashMap<>(Tracking.currentTemplate("ABOLISH"));
        input.put("indicators", indicators);
        JsonPath body = Tracking.as(Role.ESTABLISHMENT_OFFICE, SAVE_TEMPLATE, Map.of("i", input));
        assertTrue(Gql.error(body, "VALIDATION").contains("1 至 100"), body.prettify());
        assertEquals("input.indicators[0].points", body.getString("errors[0].extensions.field"));
    }
}
