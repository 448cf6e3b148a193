package cn.lvzhi.lists.claims;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claiming (认领) and inspection coverage through the API: idempotent claims, the rate and coverage arithmetic on a
 * prepared unit (清河区交通运输局, which no other test touches), and who may do what.
 */
@QuarkusTest
class ClaimApiTest {
    static final String STAT = "stat { unitId catalogueSize claimed claimRate inspectionItems covered coverage }";
    static final String CLAIM = "mutation($i: ClaimCatalogueInput!) { claimCatalogueItems(input: $i) { changed " + STAT + " } }";
    static final String UNCLAIM = "mutation($i: UnclaimCatalogueInput!) { unclaimCatalogueItems(input: $i) { changed " + STAT + " } }";
    static final String RECORD = "mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { inspection { id itemId date objectCount recordedBy } } }";
    static final String CATALOGUE = "query($u: ID!) { claimCatalogue(unitId: $u) { catalogueCode name powerType claimed unclaimReason } }";

    static String unitId(String code) {
        return Gql.data(Gql.as(Role.LEADER, "query($c: String!) { unitByCode(code: $c) { id } }", Map.of("c", code)))
                .getString("data.unitByCode.id");
    }

    static JsonPath call(Role role, String query, Map<String, Object> input) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), query, Map.of("i", input)));
    }

    @Test
    void claimsAreIdempotentAndTheRateIsClaimedOverCatalogue() {
        String unit = unitId("JZ-QH-D12");
        List<Map<String, Object>> catalogue = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, CATALOGUE, Map.of("u", unit)))
                .getList("data.claimCatalogue");
        int size = catalogue.size();
        assertTrue(size >= 4, "交通运输 has a catalogue of 处罚/检查/强制/其他 items");
        List<String> codes = catalogue.stream().map(e -> (String) e.get("catalogueCode")).toList();
        // prepare: nothing claimed
        Gql.data(call(Role.ESTABLISHMENT_OFFICE, UNCLAIM, Map.of("unitId", unit, "catalogueCodes", codes, "reason", "重新梳理")));

        JsonPath first = Gql.data(call(Role.ESTABLISHMENT_OFFICE, CLAIM, Map.of("unitId", unit, "catalogueCodes", codes.subList(0, 3))));
        assertEquals(3, first.getInt("data.claimCatalogueItems.changed"));
        assertEquals(3, first.getInt("data.claimCatalogueItems.stat.claimed"));
        assertEquals(size, first.getInt("data.claimCatalogueItems.stat.catalogueSize"));
        assertEquals(3.0 / size, first.getDouble("data.claimCatalogueItems.stat.claimRate"), 1e-6);

        JsonPath again = Gql.data(call(Role.ESTABLISHMENT_OFFICE, CLAIM, Map.of("unitId", unit, "catalogueCodes", codes.subList(0, 3))));
        assertEquals(0, again.getInt("data.claimCatalogueItems.changed"), "claiming again changes nothing");
        assertEquals(3, again.getInt("data.claimCatalogueItems.stat.claimed"));

        JsonPath dropped = Gql.data(call(Role.ESTABLISHMENT_OFFICE, UNCLAIM,
                Map.of("unitId", unit, "catalogueCodes", List.of(codes.get(0)), "reason", "该事项已划转至镇街实施")));
        assertEquals(1, dropped.getInt("data.unclaimCatalogueItems.changed"));
        assertEquals(2.0 / size, dropped.getDouble("data.unclaimCatalogueItems.stat.claimRate"), 1e-6);
        Map<String, Object> entry = Gql.data(Gql.as(Role.LEADER, CATALOGUE, Map.of("u", unit)))
                .<Map<String, Object>>getList("data.claimCatalogue").get(0);
        assertEquals(false, entry.get("claimed"));
        assertEquals("该事项已划转至镇街实施", entry.get("unclaimReason"));

        JsonPath stats = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE,
                "query($u: [String]) { claimStats(unitIds: $u) { totalCount edges { node { claimed catalogueSize claimRate unit { code } } } } }",
                Map.of("u", List.of(unit))));
        assertEquals(1, stats.getInt("data.claimStats.totalCount"));
        assertEquals(2, stats.getInt("data.claimStats.edges[0].node.claimed"));
        assertEquals("JZ-QH-D12", stats.getString("data.claimStats.edges[0].node.unit.code"));
    }

    @Test
    void aDepartmentClaimsOnlyForItself() {
        String own = unitId("JZ-QH-D10");
        String code = Gql.data(Gql.as(Role.DEPARTMENT, CATALOGUE, Map.of("u", own))).getString("data.claimCatalogue[0].catalogueCode");
        Gql.data(call(Role.DEPARTMENT, CLAIM, Map.of("unitId", own, "catalogueCodes", List.of(code))));

        String other = unitId("JZ-QH-D12");
        String otherCode = Gql.data(Gql.as(Role.LEADER, CATALOGUE, Map.of("u", other))).getString("data.claimCatalogue[0].catalogueCode");
        assertTrue(Gql.error(call(Role.DEPARTMENT, CLAIM, Map.of("unitId", other, "catalogueCodes", List.of(otherCode))), "FORBIDDEN")
                .contains("本部门"));
        for (Role role : List.of(Role.TOWNSHIP, Role.LEADER, Role.GRID_WORKER)) {
            Gql.error(call(role, CLAIM, Map.of("unitId", own, "catalogueCodes", List.of(code))), "FORBIDDEN");
        }
        Gql.error(Gql.as(Role.DEPARTMENT, CATALOGUE, Map.of("u", other)), "NOT_FOUND");

        JsonPath unknown = call(Role.DEPARTMENT, CLAIM, Map.of("unitId", own, "catalogueCodes", List.of("320999-NOPE-CF-0001")));
        assertTrue(Gql.error(unknown, "VALIDATION").contains("320999-NOPE-CF-0001"));
        assertEquals("input.catalogueCodes", unknown.getString("errors[0].extensions.field"));
        JsonPath noReason = call(Role.DEPARTMENT, UNCLAIM, Map.of("unitId", own, "catalogueCodes", List.of(code), "reason", " "));
        Gql.error(noReason, "VALIDATION");
        assertEquals("input.reason", noReason.getString("errors[0].extensions.field"));
    }

    /** The department's 行政检查 items of the demo list, by code. */
    static List<String> inspectionItems(String unit) {
        return Gql.data(Gql.as(Role.LEADER, """
                        query($u: ID!) { listItems(filter: {kind: POWER, unitId: $u, powerType: INSPECTION}, first: 200) { edges { node { id code } } } }""",
                        Map.of("u", unit))).<Map<String, Object>>getList("data.listItems.edges.node").stream()
                .filter(n -> ((String) n.get("code")).startsWith("QH-")).map(n -> (String) n.get("id")).toList();
    }

    static Map<String, Object> stat(Role role, String unit) {
        return Gql.data(Gql.as(role, "query($u: [String]) { claimStats(unitIds: $u) { edges { node { inspectionItems covered coverage } } } }",
                Map.of("u", List.of(unit)))).getMap("data.claimStats.edges[0].node");
    }

    static Map<String, Object> inspection(String itemId, LocalDate date, int objects) {
        Map<String, Object> input = new HashMap<>(Map.of("itemId", itemId, "date", date.toString(), "objectCount", objects));
        input.put("note", "双随机抽查");
        return input;
    }

    @Test
    void coverageCountsItemsExercisedAtLeastOnce() {
        String unit = unitId("JZ-QH-D10");
        List<String> items = inspectionItems(unit);
        // the demo leaves the department's last inspection item unexercised
        String last = items.get(items.size() - 1);
        Map<String, Object> before = stat(Role.DEPARTMENT, unit);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonPath recorded = Gql.data(call(Role.DEPARTMENT, RECORD, inspection(last, today, 12)));
        assertEquals(12, recorded.getInt("data.recordInspection.inspection.objectCount"));
        Map<String, Object> after = stat(Role.DEPARTMENT, unit);
        assertEquals(before.get("inspectionItems"), after.get("inspectionItems"));
        int items0 = (Integer) after.get("inspectionItems");
        assertEquals((Integer) before.get("covered") + 1, after.get("covered"));
        assertEquals(((Integer) after.get("covered")).doubleValue() / items0, ((Number) after.get("coverage")).doubleValue(), 1e-6);

        Gql.data(call(Role.DEPARTMENT, RECORD, inspection(last, today.minusDays(3), 4)));
        assertEquals(after.get("covered"), stat(Role.DEPARTMENT, unit).get("covered"), "a second inspection covers no new item");
    }

    @Test
    void onlyTheOwningDepartmentRecordsValidInspections() {
        String own = inspectionItems(unitId("JZ-QH-D10")).get(0);
        String other = inspectionItems(unitId("JZ-QH-D11")).get(0);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertTrue(Gql.error(call(Role.DEPARTMENT, RECORD, inspection(other, today, 1)), "FORBIDDEN").contains("所属部门"));
        Gql.error(call(Role.ESTABLISHMENT_OFFICE, RECORD, inspection(own, today, 1)), "FORBIDDEN");
        Gql.error(call(Role.DEPARTMENT, RECORD, inspection("99999999", today, 1)), "NOT_FOUND");
        JsonPath future = call(Role.DEPARTMENT, RECORD, inspection(own, today.plusDays(2), 1));
        Gql.error(future, "VALIDATION");
        assertEquals("input.date", future.getString("errors[0].extensions.field"));
        JsonPath none = call(Role.DEPARTMENT, RECORD, inspection(own, today, 0));
        assertEquals("input.objectCount", none.getString("errors[0].extensions.field"));
        String licence = Gql.data(Gql.as(Role.LEADER, """
                query($u: ID!) { listItems(filter: {kind: POWER, unitId: $u, powerType: LICENSING}, first: 1) { edges { node { id } } } }""",
                Map.of("u", unitId("JZ-QH-D10")))).getString("data.listItems.edges[0].node.id");
        JsonPath notInspection = call(Role.DEPARTMENT, RECORD, inspection(licence, today, 1));
        assertEquals("input.itemId", notInspection.getString("errors[0].extensions.field"));
    }

    @Test
    void statsShowTheRegionToTheOfficeAndOneUnitToADepartment() {
        String region = unitId("JZ-QH");
        JsonPath all = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, """
                query($r: ID!) { claimStats(regionId: $r, first: 200) { totalCount edges { node { claimRate coverage unit { code } } } } }""",
                Map.of("r", region)));
        assertEquals(35, all.getInt("data.claimStats.totalCount"));
        List<Map<String, Object>> nodes = all.getList("data.claimStats.edges.node");
        Map<String, Double> rate = new HashMap<>();
        nodes.forEach(n -> rate.put((String) ((Map<?, ?>) n.get("unit")).get("code"), n.get("claimRate") == null ? null : ((Number) n.get("claimRate")).doubleValue()));
        for (String low : List.of("JZ-QH-D03", "JZ-QH-D16", "JZ-QH-D27")) {
            assertTrue(rate.get(low) < 0.7, low + " is clearly low: " + rate.get(low));
        }
        long near = rate.values().stream().filter(r -> r != null && r >= 0.75 && r < 1).count();
        assertTrue(near >= 25, "most departments are near but not at 100%: " + near);

        JsonPath page = Gql.data(Gql.as(Role.LEADER, "{ claimStats(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { node { unit { code } } } } }"));
        assertTrue(page.getBoolean("data.claimStats.pageInfo.hasNextPage"));
        JsonPath next = Gql.data(Gql.as(Role.LEADER, "query($a: String) { claimStats(first: 10, after: $a) { edges { node { unit { code } } } } }",
                Map.of("a", page.getString("data.claimStats.pageInfo.endCursor"))));
        List<String> a = page.getList("data.claimStats.edges.node.unit.code");
        List<String> b = next.getList("data.claimStats.edges.node.unit.code");
        assertTrue(a.get(9).compareTo(b.get(0)) < 0);

        JsonPath own = Gql.data(Gql.as(Role.DEPARTMENT, "{ claimStats { totalCount edges { node { unit { code } } } } }"));
        assertEquals(1, own.getInt("data.claimStats.totalCount"));
        assertEquals("JZ-QH-D10", own.getString("data.claimStats.edges[0].node.unit.code"));
        assertEquals(0, Gql.data(Gql.as(Role.GRID_WORKER, "{ claimStats { totalCount } }")).getInt("data.claimStats.totalCount"));
        assertFalse(Gql.data(Gql.as(Role.TOWNSHIP, "{ claimStats { edges { node { unitId } } } }")).getList("data.claimStats.edges").iterator().hasNext());
        assertNull(Gql.data(Gql.as(Role.DEPARTMENT, "{ claimStats { edges { node { unitId } } } }")).get("errors"));
    }
}
