package cn.lvzhi.demo.staffing;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo workload: deterministic, plausible, each item in an office of its own department; and loaded. */
@QuarkusTest
class DemoWorkloadTest {
    @Inject
    AgroalDataSource db;

    static final List<DemoWorkload.Item> ITEMS = List.of(
            new DemoWorkload.Item(1, "QH-XK-0001", 10), new DemoWorkload.Item(2, "QH-CF-0002", 10),
            new DemoWorkload.Item(3, "QH-JC-0003", 11), new DemoWorkload.Item(4, "QH-QZ-0004", 12));
    static final Map<Long, List<Long>> OFFICES = Map.of(10L, List.of(101L, 102L, 103L), 11L, List.of(111L));

    @Test
    void everyItemOfADepartmentWithOfficesGetsOneRowInOneOfItsOffices() {
        List<DemoWorkload.Row> rows = DemoWorkload.rows(ITEMS, OFFICES, 2025);
        assertEquals(List.of(1L, 2L, 3L), rows.stream().map(DemoWorkload.Row::itemId).toList(), "unit 12 has no business office");
        for (DemoWorkload.Row r : rows) {
            long department = ITEMS.stream().filter(i -> i.id() == r.itemId()).findFirst().orElseThrow().unitId();
            assertTrue(OFFICES.get(department).contains(r.officeId()), r.toString());
            assertTrue(r.received() >= 20 && r.received() < 900, r.toString());
            assertTrue(r.completed() <= r.received() && r.completed() >= r.received() * 0.9 - 1, r.toString());
        }
        assertEquals(rows, DemoWorkload.rows(ITEMS, OFFICES, 2025), "deterministic");
        assertNotEquals(rows, DemoWorkload.rows(ITEMS, OFFICES, 2024), "each year has its own figures");
    }

    @Test
    void theDemoDistrictHasLastYearsWorkloadPerOfficeAndDepartment() throws SQLException {
        JsonPath summary = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, """
                query { workloadSummary(year: 2025) { offices { office { code name } completed } departments { department { code } offices } } }"""));
        List<Map<String, Object>> offices = summary.getList("data.workloadSummary.offices");
        assertTrue(offices.size() >= 20, "offices with workload: " + offices.size());
        assertTrue(summary.getList("data.workloadSummary.departments").size() >= 10);
        // other tests record into 办公室 too, so ask the table which office the demo's rows went to
        try (var c = db.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("""
                SELECT count(*) FILTER (WHERE u.name = '办公室'), count(*) FROM power_item_workload w JOIN unit u ON u.id = w.office_unit_id
                WHERE w.recorded_by = '演示数据' AND w.year = 2025""")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no demo item is the 办公室's");
            assertTrue(rs.getInt(2) > 100, "demo rows of 2025: " + rs.getInt(2));
        }
    }
}
