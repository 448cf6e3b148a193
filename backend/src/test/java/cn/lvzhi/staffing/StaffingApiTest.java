package cn.lvzhi.staffing;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Mandates;
import cn.lvzhi.testing.Tracking;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staffing from workload through the API: recording, the sums per office and department, and seed 004's example. */
@QuarkusTest
class StaffingApiTest {
    static final String RECORD = """
            mutation($i: RecordWorkloadInput!) { recordWorkload(input: $i) { recorded } }""";
    static final String SUGGEST = """
            query($i: SuggestPostsInput!) { suggestPostsToMove(input: $i) {
              posts share exactPosts itemCompleted officeCompleted officePosts office { code } toUnit { code } } }""";
    static final int YEAR = 2023;

    static List<String> powerItemsOf(String unitCode, int n) {
        return Gql.data(Gql.as(Role.LEADER, """
                query($u: ID!, $n: Int) { listItems(filter: {kind: POWER, unitId: $u}, first: $n) { edges { node { id } } } }""",
                Map.of("u", Mandates.unitId(unitCode), "n", n))).getList("data.listItems.edges.node.id");
    }

    static Map<String, Object> row(String item, String office, int received, int completed) {
        return Map.of("itemId", item, "officeUnitId", Mandates.unitId(office), "received", received, "completed", completed);
    }

    @Test
    void oneThirdOfAnOfficesWorkloadTakesOneOfItsFourPosts() {
        List<String> items = powerItemsOf("JZ-QH-D11", 4);
        Tracking.office(RECORD, Map.of("i", Map.of("year", YEAR, "rows", List.of(
                row(items.get(0), "JZ-QH-D11-K01", 410, 400),
                row(items.get(1), "JZ-QH-D11-K01", 500, 500),
                row(items.get(2), "JZ-QH-D11-K01", 310, 300),
                row(items.get(3), "JZ-QH-D11-K02", 90, 90)))));
        JsonPath s = Tracking.office(SUGGEST, Map.of("i", Map.of("itemId", items.get(0), "toUnitId", Mandates.unitId("JZ-QH-D10"),
                "year", YEAR, "officePosts", 4)));
        assertEquals(400, s.getInt("data.suggestPostsToMove.itemCompleted"));
        assertEquals(1200, s.getInt("data.suggestPostsToMove.officeCompleted"));
        assertEquals(0.3333f, s.getFloat("data.suggestPostsToMove.share"));
        assertEquals(1, s.getInt("data.suggestPostsToMove.posts"));
        assertEquals("JZ-QH-D11-K01", s.getString("data.suggestPostsToMove.office.code"));

        JsonPath summary = Tracking.office("""
                query($y: Int!) { workloadSummary(year: $y) { offices { office { code } department { code } items completed shareOfDepartment }
                                                             departments { department { code } offices received completed } } }""",
                Map.of("y", YEAR));
        Map<String, Object> k01 = summary.getMap("data.workloadSummary.offices.find { it.office.code == 'JZ-QH-D11-K01' }");
        assertEquals(3, k01.get("items"));
        assertEquals(1200, k01.get("completed"));
        assertEquals("JZ-QH-D11", ((Map<?, ?>) k01.get("department")).get("code"));
        Map<String, Object> dept = summary.getMap("data.workloadSummary.departments.find { it.department.code == 'JZ-QH-D11' }");
        assertEquals(2, dept.get("offices"));
        assertEquals(1290, dept.get("completed"));
        assertEquals(1310, dept.get("received"));

        // re-recording a year replaces the item's figures instead of adding to them
        Tracking.office(RECORD, Map.of("i", Map.of("year", YEAR, "rows", List.of(row(items.get(3), "JZ-QH-D11-K02", 80, 80)))));
        assertEquals(1280, Tracking.office("query($y: Int!) { workloadSummary(year: $y) { departments { department { code } completed } } }",
                Map.of("y", YEAR)).getInt("data.workloadSummary.departments.find { it.department.code == 'JZ-QH-D11' }.completed"));
        // a department sees only its own offices
        JsonPath own = Gql.data(Gql.as(Role.DEPARTMENT, "query($y: Int!) { workloadSummary(year: $y) { offices { office { code } } } }",
                Map.of("y", YEAR)));
        own.<String>getList("data.workloadSummary.offices.office.code").forEach(c -> assertTrue(c.startsWith("JZ-QH-D10"), c));
    }

    @Test
    void withoutGivenPostsTheOfficesRecordedStaffingIsUsed() {
        int year = YEAR - 1;
        String department = Mandates.unitId("JZ-QH-D11");
        List<String> items = powerItemsOf("JZ-QH-D11", 2);
        // the department itself handles one item, its office K01 the other; only the department has a recorded staffing
        Tracking.office(RECORD, Map.of("i", Map.of("year", year, "rows", List.of(
                row(items.get(0), "JZ-QH-D11", 300, 300), row(items.get(1), "JZ-QH-D11-K01", 100, 100)))));
        Map<String, Integer> figures = Gql.data(Gql.as(Role.LEADER,
                "query($u: ID!) { mandate(unitId: $u) { staffing { administrativePosts institutionalPosts serviceWorkerPosts } } }",
                Map.of("u", department))).getMap("data.mandate.staffing");
        int approved = figures.get("administrativePosts") + figures.get("institutionalPosts") + figures.get("serviceWorkerPosts");
        JsonPath s = Tracking.office(SUGGEST, Map.of("i", Map.of("itemId", items.get(0), "toUnitId", Mandates.unitId("JZ-QH-D10"),
                "year", year)));
        assertEquals(approved, s.getInt("data.suggestPostsToMove.officePosts"));

        JsonPath none = Gql.as(Role.ESTABLISHMENT_OFFICE, SUGGEST, Map.of("i", Map.of("itemId", items.get(1),
                "toUnitId", Mandates.unitId("JZ-QH-D10"), "year", year)));
        Gql.error(none, "VALIDATION");
        assertEquals("input.officePosts", none.getString("errors[0].extensions.field"));
    }

    @Test
    void badRowsAreRefusedNamingTheRow() {
        List<String> items = powerItemsOf("JZ-QH-D11", 1);
        JsonPath wrongOffice = Gql.as(Role.ESTABLISHMENT_OFFICE, RECORD, Map.of("i", Map.of("year", YEAR, "rows",
                List.of(row(items.get(0), "JZ-QH-D10-K01", 1, 1)))));
        Gql.error(wrongOffice, "VALIDATION");
        assertEquals("input.rows[0].officeUnitId", wrongOffice.getString("errors[0].extensions.field"));
        JsonPath negative = Gql.as(Role.ESTABLISHMENT_OFFICE, RECORD, Map.of("i", Map.of("year", YEAR, "rows",
                List.of(row(items.get(0), "JZ-QH-D11-K01", -1, 1)))));
        assertEquals("input.rows[0].received", negative.getString("errors[0].extensions.field"));
        assertTrue(Gql.error(Gql.as(Role.DEPARTMENT, RECORD, Map.of("i", Map.of("year", YEAR, "rows",
                List.of(row(items.get(0), "JZ-QH-D11-K01", 1, 1))))), "FORBIDDEN").contains("编办"));
    }
}
