package cn.lvzhi.lists.comparisons;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-level comparison on the demo lists gives exactly the differences documented in DemoLists: for
 * 生态环境局 one missing, one extra and one type difference; for 城市管理局 one extra, one type and two level differences.
 */
@QuarkusTest
class ComparisonApiTest {
    static final String ROWS = "id runBy subjectItems referenceItems subjectUnit { code } referenceUnit { code } "
            + "rows { seq difference catalogueCode itemName subjectValue referenceValue }";

    static String unitId(String code) {
        return Gql.data(Gql.as(Role.LEADER, "query($c: String!) { unitByCode(code: $c) { id } }", Map.of("c", code)))
                .getString("data.unitByCode.id");
    }

    static JsonPath run(Role role, String county, String city) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), "mutation($i: RunComparisonInput!) { runListComparison(input: $i) { comparison { "
                + ROWS + " } } }", Map.of("i", Map.of("subjectUnitId", unitId(county), "referenceUnitId", unitId(city)))));
    }

    static Set<String> differences(JsonPath report) {
        List<Map<String, Object>> rows = report.getList("data.runListComparison.comparison.rows");
        Set<String> found = new TreeSet<>();
        rows.forEach(r -> found.add(r.get("difference") + " " + r.get("catalogueCode")));
        return found;
    }

    @Test
    void environmentBureauDifferencesAreExactlyTheDocumentedOnes() {
        JsonPath report = Gql.data(run(Role.ESTABLISHMENT_OFFICE, "JZ-QH-D10", "JZ-D10"));
        assertEquals(Set.of("MISSING 320999-STHJ-XK-0002", "EXTRA 320999-STHJ-JC-0005", "TYPE_DIFFERS 320999-STHJ-JC-0004"),
                differences(report));
        List<Map<String, Object>> rows = report.getList("data.runListComparison.comparison.rows");
        Map<String, Object> type = rows.stream().filter(r -> "TYPE_DIFFERS".equals(r.get("difference"))).findFirst().orElseThrow();
        assertEquals("行政检查", type.get("subjectValue"));
        assertEquals("其他行政权力", type.get("referenceValue"));
        assertEquals("李明哲", report.getString("data.runListComparison.comparison.runBy"));
        assertTrue(report.getInt("data.runListComparison.comparison.subjectItems") > 0);
    }

    @Test
    void urbanManagementDifferencesIncludeLevels() {
        JsonPath report = Gql.data(run(Role.ESTABLISHMENT_OFFICE, "JZ-QH-D11", "JZ-D11"));
        assertEquals(Set.of("EXTRA 320999-CSGL-QT-0002", "TYPE_DIFFERS 320999-CSGL-QT-0001",
                "LEVEL_DIFFERS 320999-CSGL-CF-0004", "LEVEL_DIFFERS 320999-CSGL-CF-0005"), differences(report));
    }

    @Test
    void reportsAreStoredAndSeenByTheOfficeLeadersAndTheComparedUnitOnly() {
        String id = Gql.data(run(Role.ESTABLISHMENT_OFFICE, "JZ-QH-D10", "JZ-D10")).getString("data.runListComparison.comparison.id");
        for (Role role : List.of(Role.ESTABLISHMENT_OFFICE, Role.LEADER, Role.DEPARTMENT)) {
            JsonPath stored = Gql.data(Gql.as(role, "query($id: ID!) { listComparison(id: $id) { id rows { difference } } }", Map.of("id", id)));
            assertEquals(3, stored.getList("data.listComparison.rows").size(), role::name);
            assertTrue(Gql.data(Gql.as(role, "{ listComparisons(first: 200) { id } }")).getList("data.listComparisons.id").contains(id));
        }
        for (Role role : List.of(Role.TOWNSHIP, Role.GRID_WORKER, Role.INTEGRATION)) {
            Gql.error(Gql.ok(Gql.post(Keycloak.tokenFor(role), "query($id: ID!) { listComparison(id: $id) { id } }", Map.of("id", id))), "NOT_FOUND");
            assertTrue(!Gql.data(Gql.as(role, "{ listComparisons(first: 200) { id } }")).getList("data.listComparisons.id").contains(id));
        }
    }

    @Test
    void onlyTheEstablishmentOfficeRunsComparisonsOfItsRegion() {
        assertTrue(Gql.error(run(Role.DEPARTMENT, "JZ-QH-D10", "JZ-D10"), "FORBIDDEN").contains("编办"));
        assertTrue(Gql.error(run(Role.LEADER, "JZ-QH-D10", "JZ-D10"), "FORBIDDEN").contains("编办"));
        // the district office may not compare a city department as the subject
        assertTrue(Gql.error(run(Role.ESTABLISHMENT_OFFICE, "JZ-D10", "JZ-QH-D10"), "FORBIDDEN").contains("辖区"));
        JsonPath same = run(Role.ESTABLISHMENT_OFFICE, "JZ-QH-D10", "JZ-QH-D10");
        Gql.error(same, "VALIDATION");
        assertEquals("input.referenceUnitId", same.getString("errors[0].extensions.field"));
    }
}
