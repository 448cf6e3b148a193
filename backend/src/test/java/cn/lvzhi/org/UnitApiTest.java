package cn.lvzhi.org;

import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.DatabaseOwner;
import cn.lvzhi.testing.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organisation tree through the API: reads, paging, filters, and maintenance by the establishment office. */
@QuarkusTest
class UnitApiTest {
    static final String UNIT_FIELDS = "id code name kind level category creditCode parentId depth childCount version";

    static JsonPath unitByCode(String code) {
        return Gql.data(Gql.as(Role.LEADER, "query($c: String!) { unitByCode(code: $c) { " + UNIT_FIELDS
                + " parent { code } } }", Map.of("c", code)));
    }

    static String idOf(String code) {
        return unitByCode(code).getString("data.unitByCode.id");
    }

    @Test
    void demoDistrictIsLoadedWithItsTree() {
        int expected = DemoDistrict.generate(1).size();
        JsonPath all = Gql.data(Gql.as(Role.LEADER, "{ units(first: 1) { totalCount } }"));
        // other tests add offices below departments; the demo district itself is all there
        assertTrue(all.getInt("data.units.totalCount") >= expected);
        JsonPath grids = Gql.data(Gql.as(Role.LEADER, "{ units(filter: {kind: GRID}, first: 1) { totalCount } }"));
        assertEquals(DemoDistrict.generate(1).stream().filter(s -> s.kind() == UnitKind.GRID).count(),
                grids.getInt("data.units.totalCount"));

        JsonPath roots = Gql.data(Gql.as(Role.GRID_WORKER,
                "{ units(filter: {rootsOnly: true}) { totalCount edges { node { code name parent { code } } } } }"));
        assertEquals(1, roots.getInt("data.units.totalCount"));
        assertEquals("江州市人民政府", roots.getString("data.units.edges[0].node.name"));
        assertNull(roots.get("data.units.edges[0].node.parent"));

        JsonPath district = unitByCode(DemoDistrict.DISTRICT);
        assertEquals("江州市清河区人民政府", district.getString("data.unitByCode.name"));
        assertEquals("JZ", district.getString("data.unitByCode.parent.code"));
        assertEquals(1, district.getInt("data.unitByCode.depth"));
        long children = DemoDistrict.generate(1).stream().filter(s -> DemoDistrict.DISTRICT.equals(s.parentCode())).count();
        // the demo's children, and those other tests added (their codes are not the demo's JZ- codes)
        assertEquals(children + countOf("""
                SELECT count(*) FROM unit u JOIN unit p ON p.id = u.parent_id WHERE p.code = ? AND u.code NOT LIKE 'JZ-%'""",
                DemoDistrict.DISTRICT), district.getInt("data.unitByCode.childCount"));
    }

    @Test
    void pagesWalkEveryChildOnceInCodeOrder() {
        String parent = idOf(DemoDistrict.DISTRICT);
        List<String> seen = new ArrayList<>();
        String after = null;
        int total = -1;
        do {
            JsonPath page = Gql.data(Gql.as(Role.DEPARTMENT, """
                    query($p: ID, $after: String) { units(filter: {parentId: $p}, first: 7, after: $after) {
                      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } } }""",
                    after == null ? Map.of("p", parent) : Map.of("p", parent, "after", after)));
            total = page.getInt("data.units.totalCount");
            seen.addAll(page.getList("data.units.edges.node.code"));
            after = page.getBoolean("data.units.pageInfo.hasNextPage") ? page.getString("data.units.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(total, seen.size());
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no unit twice");
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals(sorted, seen);
    }

    @Test
    void filtersCombine() {
        JsonPath townships = Gql.data(Gql.as(Role.TOWNSHIP,
                "{ units(filter: {kind: TOWNSHIP, level: TOWNSHIP}, first: 200) { totalCount edges { node { kind level } } } }"));
        // the demo's 20 townships, and those other tests added
        assertEquals(20 + countOf("SELECT count(*) FROM unit WHERE kind = 'TOWNSHIP' AND level = 'TOWNSHIP' AND code NOT LIKE ?",
                "JZ-%"), townships.getInt("data.units.totalCount"));
        assertTrue(townships.getList("data.units.edges.node.kind").stream().allMatch("TOWNSHIP"::equals));

        JsonPath noise = Gql.data(Gql.as(Role.TOWNSHIP,
                "{ units(filter: {nameContains: \"生态环境\"}) { totalCount edges { node { code name } } } }"));
        List<String> names = noise.getList("data.units.edges.node.name");
        assertTrue(names.contains("清河区生态环境局"), names.toString());
        assertTrue(names.stream().allMatch(n -> n.contains("生态环境")), names.toString());

        JsonPath literal = Gql.data(Gql.as(Role.TOWNSHIP,
                "{ units(filter: {nameContains: \"%\"}) { totalCount } }"));
        assertEquals(0, literal.getInt("data.units.totalCount"), "% is a literal, not a wildcard");
    }

    @Test
    void subtreeStopsAtTheRequestedDepth() {
        String township = idOf(DemoDistrict.TOWNSHIP);
        JsonPath one = Gql.data(Gql.as(Role.GRID_WORKER, "query($r: ID!) { unitSubtree(rootId: $r, maxDepth: 1) { code depth } }",
                Map.of("r", township)));
        List<Integer> depths = one.getList("data.unitSubtree.depth");
        int rootDepth = depths.get(0);
        assertEquals(DemoDistrict.TOWNSHIP, one.getString("data.unitSubtree[0].code"));
        assertTrue(depths.stream().allMatch(d -> d == rootDepth || d == rootDepth + 1));
        JsonPath two = Gql.data(Gql.as(Role.GRID_WORKER, "query($r: ID!) { unitSubtree(rootId: $r, maxDepth: 2) { code } }",
                Map.of("r", township)));
        assertTrue(two.getList("data.unitSubtree.code").contains(DemoDistrict.GRID));
        assertFalse(one.getList("data.unitSubtree.code").contains(DemoDistrict.GRID));
    }

    @Test
    void badArgumentsAreValidationErrorsNamingTheField() {
        JsonPath tooMany = Gql.ok(Gql.post(cn.lvzhi.testing.Keycloak.tokenFor(Role.LEADER), "{ units(first: 201) { totalCount } }", null));
        Gql.error(tooMany, "VALIDATION");
        assertEquals("first", tooMany.getString("errors[0].extensions.field"));
        JsonPath badCursor = Gql.ok(Gql.post(cn.lvzhi.testing.Keycloak.tokenFor(Role.LEADER), "{ units(after: \"%%%\") { totalCount } }", null));
        Gql.error(badCursor, "VALIDATION");
        assertEquals("after", badCursor.getString("errors[0].extensions.field"));
        JsonPath deep = Gql.ok(Gql.post(cn.lvzhi.testing.Keycloak.tokenFor(Role.LEADER), "{ unitSubtree(rootId: 1, maxDepth: 9) { code } }", null));
        Gql.error(deep, "VALIDATION");
        assertEquals("maxDepth", deep.getString("errors[0].extensions.field"));
    }

    @Test
    void unitsByCodesAnswersKnownCodesInOneCall() {
        JsonPath found = Gql.data(Gql.as(Role.GRID_WORKER,
                "{ unitsByCodes(codes: [\"JZ-QH-D11\", \"NOPE\", \"JZ-QH-D10\"]) { code name } }"));
        assertEquals(List.of("JZ-QH-D10", "JZ-QH-D11"), found.getList("data.unitsByCodes.code"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= UnitReads.MAX_CODES; i++) {
            many.append("\"C").append(i).append("\",");
        }
        JsonPath tooMany = Gql.ok(Gql.post(cn.lvzhi.testing.Keycloak.tokenFor(Role.LEADER), "{ unitsByCodes(codes: [" + many + "]) { code } }", null));
        Gql.error(tooMany, "VALIDATION");
        assertEquals("codes", tooMany.getString("errors[0].extensions.field"));
    }

    @Test
    void missingUnitIsNotFound() {
        JsonPath missing = Gql.ok(Gql.post(cn.lvzhi.testing.Keycloak.tokenFor(Role.LEADER), "{ unit(id: 987654321) { code } }", null));
        Gql.error(missing, "NOT_FOUND");
        assertNull(missing.get("errors[0].extensions.field"), "only VALIDATION errors name a field");
        Gql.error(Gql.ok(Gql.post(cn.lvzhi.testing.Keycloak.tokenFor(Role.LEADER), "{ unitByCode(code: \"NOPE\") { code } }", null)), "NOT_FOUND");
    }

    static JsonPath create(Role role, Map<String, Object> input) {
        return Gql.ok(Gql.post(cn.lvzhi.testing.Keycloak.tokenFor(role),
                "mutation($i: CreateUnitInput!) { createUnit(input: $i) { unit { " + UNIT_FIELDS + " parent { code } } } }",
                Map.of("i", input)));
    }

    static JsonPath update(Role role, Map<String, Object> input) {
        return Gql.ok(Gql.post(cn.lvzhi.testing.Keycloak.tokenFor(role),
                "mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { unit { " + UNIT_FIELDS + " } } }",
                Map.of("i", input)));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void establishmentOfficeAddsAnOfficeWithAValidCreditCode() {
        String code = "JZ-QH-D10-N" + unique();
        String credit = cn.lvzhi.org.CreditCode.generate('1', '1', "320999", "Q" + unique().substring(0, 5) + "AB");
        JsonPath created = Gql.data(create(Role.ESTABLISHMENT_OFFICE, Map.of("parentId", idOf(DemoDistrict.ENVIRONMENT),
                "code", code, "name", "  土壤生态科" + code + "  ", "kind", "INTERNAL_OFFICE", "level", "COUNTY",
                "category", "SAFETY_ENVIRONMENT", "creditCode", credit.toLowerCase())));
        assertEquals(code, created.getString("data.createUnit.unit.code"));
        assertEquals("土壤生态科" + code, created.getString("data.createUnit.unit.name"), "name is trimmed");
        assertEquals(credit, created.getString("data.createUnit.unit.creditCode"), "credit code is upper-cased");
        assertEquals(DemoDistrict.ENVIRONMENT, created.getString("data.createUnit.unit.parent.code"));
        assertEquals(unitByCode(DemoDistrict.ENVIRONMENT).getInt("data.unitByCode.depth") + 1,
                created.getInt("data.createUnit.unit.depth"));
        // the new unit is part of the subtree queries at once
        JsonPath subtree = Gql.data(Gql.as(Role.LEADER, "query($r: ID!) { unitSubtree(rootId: $r, maxDepth: 1) { code } }",
                Map.of("r", idOf(DemoDistrict.ENVIRONMENT))));
        assertTrue(subtree.getList("data.unitSubtree.code").contains(code));
    }

    @Test
    void invalidInputNamesTheField() {
        String parent = idOf(DemoDistrict.ENVIRONMENT);
        JsonPath badCode = create(Role.ESTABLISHMENT_OFFICE, Map.of("parentId", parent, "code", "lower case",
                "name", "科", "kind", "INTERNAL_OFFICE", "level", "COUNTY"));
        Gql.error(badCode, "VALIDATION");
        assertEquals("input.code", badCode.getString("errors[0].extensions.field"));

        JsonPath badCredit = create(Role.ESTABLISHMENT_OFFICE, Map.of("parentId", parent, "code", "JZ-QH-D10-X" + unique(),
                "name", "科" + unique(), "kind", "INTERNAL_OFFICE", "level", "COUNTY", "creditCode", "91350100M000100Y44"));
        Gql.error(badCredit, "VALIDATION");
        assertEquals("input.creditCode", badCredit.getString("errors[0].extensions.field"));

        JsonPath blankName = create(Role.ESTABLISHMENT_OFFICE, Map.of("parentId", parent, "code", "JZ-QH-D10-X" + unique(),
                "name", "   ", "kind", "INTERNAL_OFFICE", "level", "COUNTY"));
        assertEquals("input.name", blankName.getString("errors[0].extensions.field"));

        JsonPath noParent = create(Role.ESTABLISHMENT_OFFICE, Map.of("parentId", "99999999", "code", "JZ-QH-X" + unique(),
                "name", "科" + unique(), "kind", "INTERNAL_OFFICE", "level", "COUNTY"));
        assertEquals("input.parentId", noParent.getString("errors[0].extensions.field"));
    }

    @Test
    void duplicatesAreConflicts() {
        String parent = idOf(DemoDistrict.ENVIRONMENT);
        Gql.error(create(Role.ESTABLISHMENT_OFFICE, Map.of("parentId", parent, "code", DemoDistrict.URBAN_MANAGEMENT,
                "name", "另一个名称" + unique(), "kind", "INTERNAL_OFFICE", "level", "COUNTY")), "CONFLICT");
        Gql.error(create(Role.ESTABLISHMENT_OFFICE, Map.of("parentId", parent, "code", "JZ-QH-D10-Y" + unique(),
                "name", "办公室", "kind", "INTERNAL_OFFICE", "level", "COUNTY")), "CONFLICT");
    }

    @Test
    void establishmentOfficeMaintainsOnlyItsOwnRegion() {
        JsonPath cityDepartment = unitByCode("JZ-D10");
        String reason = Gql.error(update(Role.ESTABLISHMENT_OFFICE, Map.of("id", cityDepartment.getString("data.unitByCode.id"),
                "version", cityDepartment.getInt("data.unitByCode.version"), "name", "改名")), "FORBIDDEN");
        assertTrue(reason.contains("辖区"), reason);
        assertEquals("江州市生态环境局", unitByCode("JZ-D10").getString("data.unitByCode.name"), "nothing changed");
    }

    @Test
    void otherRolesMayNotMaintainUnitsAndNothingChanges() {
        JsonPath before = unitByCode(DemoDistrict.URBAN_MANAGEMENT);
        for (Role role : Role.values()) {
            if (role == Role.ESTABLISHMENT_OFFICE) {
                continue;
            }
            String reason = Gql.error(update(role, Map.of("id", before.getString("data.unitByCode.id"),
                    "version", before.getInt("data.unitByCode.version"), "name", "被改名")), "FORBIDDEN");
            assertTrue(reason.contains("编办"), reason);
        }
        JsonPath after = unitByCode(DemoDistrict.URBAN_MANAGEMENT);
        assertEquals(before.getString("data.unitByCode.name"), after.getString("data.unitByCode.name"));
        assertEquals(before.getInt("data.unitByCode.version"), after.getInt("data.unitByCode.version"));
    }

    @Test
    void staleVersionIsAConflictAndLosesNothing() {
        String code = "JZ-QH-D11-S" + unique();
        JsonPath created = Gql.data(create(Role.ESTABLISHMENT_OFFICE, Map.of("parentId", idOf(DemoDistrict.URBAN_MANAGEMENT),
                "code", code, "name", "数字城管科" + code, "kind", "INTERNAL_OFFICE", "level", "COUNTY")));
        String id = created.getString("data.createUnit.unit.id");
        int version = created.getInt("data.createUnit.unit.version");

        JsonPath first = Gql.data(update(Role.ESTABLISHMENT_OFFICE, Map.of("id", id, "version", version, "name", "数字城管一科" + code)));
        assertEquals(version + 1, first.getInt("data.updateUnit.unit.version"));

        String reason = Gql.error(update(Role.ESTABLISHMENT_OFFICE, Map.of("id", id, "version", version, "name", "数字城管二科" + code)),
                "CONFLICT");
        assertTrue(reason.contains(String.valueOf(version + 1)), "names the current version: " + reason);
        assertEquals("数字城管一科" + code, unitByCode(code).getString("data.unitByCode.name"), "the first write survives");
    }

    /** A count the database gives, for units other tests added beside the demo's. */
    private static long countOf(String sql, String param) {
        try (Connection c = DatabaseOwner.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
