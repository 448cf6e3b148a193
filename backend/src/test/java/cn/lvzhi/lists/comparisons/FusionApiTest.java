package cn.lvzhi.lists.comparisons;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.KeycloakAdmin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two-list fusion (两单融合) on the demo lists gives exactly the differences documented in DemoServiceItems,
 * for the whole of 清河区 and for one department; reports are seen only where the cross-level ones are.
 */
@QuarkusTest
class FusionApiTest {
    static final String RUN = """
            mutation($i: RunFusionInput!) { runListFusion(input: $i) { comparison {
              id kind subjectItems referenceItems subjectUnit { code } referenceUnit { code }
              rows { seq difference catalogueCode itemName subjectValue referenceValue serviceItemId referenceItemId } } } }""";

    static JsonPath run(String token, String unitCode) {
        return Gql.ok(Gql.post(token, RUN, Map.of("i", Map.of("unitId", ComparisonApiTest.unitId(unitCode)))));
    }

    static Set<String> differences(JsonPath report) {
        List<Map<String, Object>> rows = report.getList("data.runListFusion.comparison.rows");
        Set<String> found = new TreeSet<>();
        rows.forEach(r -> found.add(r.get("difference") + " " + r.get("catalogueCode")));
        return found;
    }

    @Test
    void regionFusionGivesExactlyTheDocumentedDifferences() {
        JsonPath report = Gql.data(run(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), "JZ-QH"));
        assertEquals(new TreeSet<>(Set.of(
                "NO_POWER_ITEM QH-FW-D07-9001-01", "NO_POWER_ITEM QH-FW-D21-9001-01", "NO_POWER_ITEM QH-D10-QL-0002",
                "NO_SERVICE_ITEM QH-D08-QL-0016", "NO_SERVICE_ITEM QH-D10-QL-0021", "NO_SERVICE_ITEM QH-D13-QL-0020",
                "LEVEL_DIFFERS QH-D08-QL-0003", "LEVEL_DIFFERS QH-D13-QL-0007", "LEVEL_DIFFERS QH-D09-QL-0020")), differences(report));
        assertEquals(9, report.getList("data.runListFusion.comparison.rows").size());
        assertEquals("FUSION", report.getString("data.runListFusion.comparison.kind"));
        assertNull(report.get("data.runListFusion.comparison.referenceUnit"));
        assertTrue(report.getInt("data.runListFusion.comparison.subjectItems") > 200, "a few hundred service items");
    }

    @Test
    void departmentFusionKeepsToTheDepartment() {
        JsonPath report = Gql.data(run(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), "JZ-QH-D08"));
        assertEquals(Set.of("NO_SERVICE_ITEM QH-D08-QL-0016", "LEVEL_DIFFERS QH-D08-QL-0003"), differences(report));
        List<Map<String, Object>> rows = report.getList("data.runListFusion.comparison.rows");
        Map<String, Object> level = rows.stream().filter(r -> "LEVEL_DIFFERS".equals(r.get("difference"))).findFirst().orElseThrow();
        assertEquals("县级", level.get("subjectValue"));
        assertEquals("乡级", level.get("referenceValue"));
        assertEquals("乡村建设规划许可证核发", level.get("itemName"));
        assertTrue(level.get("serviceItemId") != null && level.get("referenceItemId") != null);
        Map<String, Object> none = rows.stream().filter(r -> "NO_SERVICE_ITEM".equals(r.get("difference"))).findFirst().orElseThrow();
        assertEquals("行政征收", none.get("referenceValue"));
    }

    @Test
    void onlyTheOfficeFusesADepartmentOrItsOwnRegion() {
        for (Role role : List.of(Role.DEPARTMENT, Role.LEADER, Role.COMMITTEE)) {
            assertTrue(Gql.error(run(Keycloak.tokenFor(role), "JZ-QH-D10"), "FORBIDDEN").contains("编办"), role::name);
        }
        String office = Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE);
        assertTrue(Gql.error(run(office, "JZ-D10"), "FORBIDDEN").contains("辖区"));
        assertTrue(Gql.error(run(office, "JZ-QH-T01"), "FORBIDDEN").contains("部门"));
        JsonPath unknown = Gql.ok(Gql.post(office, RUN, Map.of("i", Map.of("unitId", "99999999"))));
        Gql.error(unknown, "VALIDATION");
        assertEquals("input.unitId", unknown.getString("errors[0].extensions.field"));
    }

    @Test
    void aReportOfAnotherRegionDoesNotExistForTheDistrict() {
        try (KeycloakAdmin cityOffice = new KeycloakAdmin("establishment-office", "JZ-BB")) {
            String id = Gql.data(run(cityOffice.token(), "JZ-D10")).getString("data.runListFusion.comparison.id");
            for (Role role : List.of(Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.TOWNSHIP)) {
                Gql.error(Gql.ok(Gql.post(Keycloak.tokenFor(role), "query($id: ID!) { listComparison(id: $id) { id } }",
                        Map.of("id", id))), "NOT_FOUND");
                assertTrue(!Gql.data(Gql.as(role, "{ listComparisons(first: 200, kind: FUSION) { id } }"))
                        .getList("data.listComparisons.id").contains(id), role::name);
            }
            assertEquals(id, Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { listComparison(id: $id) { id } }", Map.of("id", id)))
                    .getString("data.listComparison.id"));
        }
    }

    @Test
    void aDepartmentSeesTheFusionOfItsOwnListsButNotTheRegions() {
        String office = Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE);
        String own = Gql.data(run(office, "JZ-QH-D10")).getString("data.runListFusion.comparison.id");
        String region = Gql.data(run(office, "JZ-QH")).getString("data.runListFusion.comparison.id");
        List<String> seen = Gql.data(Gql.as(Role.DEPARTMENT, "{ listComparisons(first: 200, kind: FUSION) { id kind } }"))
                .getList("data.listComparisons.id");
        assertTrue(seen.contains(own));
        assertTrue(!seen.contains(region));
        List<String> crossLevel = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, "{ listComparisons(first: 200, kind: CROSS_LEVEL) { id } }"))
                .getList("data.listComparisons.id");
        assertTrue(!crossLevel.contains(own) && !crossLevel.contains(region), "the kind filter keeps to its kind");
    }

    @Test
    void serviceItemsBrowseWithFiltersAndTheirPowerItem() {
        JsonPath page = Gql.data(Gql.as(Role.GRID_WORKER, """
                query($u: ID!) { serviceItems(filter: {unitId: $u, keyword: "乡村建设"}, first: 5) {
                  totalCount edges { node { code name level powerItemCode powerItem { code itemLevel: details { power { level } } } unit { code } } } } }""",
                Map.of("u", ComparisonApiTest.unitId("JZ-QH-D08"))));
        assertEquals(1, page.getInt("data.serviceItems.totalCount"));
        assertEquals("QH-FW-D08-0003-01", page.getString("data.serviceItems.edges[0].node.code"));
        assertEquals("COUNTY", page.getString("data.serviceItems.edges[0].node.level"));
        assertEquals("QH-D08-QL-0003", page.getString("data.serviceItems.edges[0].node.powerItem.code"));
        assertEquals("TOWNSHIP", page.getString("data.serviceItems.edges[0].node.powerItem.itemLevel.power.level"));
        assertEquals("JZ-QH-D08", page.getString("data.serviceItems.edges[0].node.unit.code"));

        JsonPath unlinked = Gql.data(Gql.as(Role.LEADER, "{ serviceItems(filter: {linked: false}, first: 50) { totalCount edges { node { code powerItem { code } } } } }"));
        assertEquals(List.of("QH-FW-D07-9001-01", "QH-FW-D21-9001-01"), unlinked.getList("data.serviceItems.edges.node.code"));

        JsonPath first = Gql.data(Gql.as(Role.LEADER, "{ serviceItems(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } } }"));
        assertTrue(first.getInt("data.serviceItems.totalCount") > 200);
        JsonPath second = Gql.data(Gql.as(Role.LEADER, "query($a: String) { serviceItems(first: 100, after: $a) { edges { node { code } } } }",
                Map.of("a", first.getString("data.serviceItems.pageInfo.endCursor"))));
        List<String> a = first.getList("data.serviceItems.edges.node.code");
        List<String> b = second.getList("data.serviceItems.edges.node.code");
        assertTrue(a.get(a.size() - 1).compareTo(b.get(0)) < 0, "keyset paging continues after the cursor");
    }
}
