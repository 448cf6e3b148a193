package cn.lvzhi.mandates;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Mandates;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mandates (三定) through the API: who edits, versions, validation, the append-only staffing history, filters. */
@QuarkusTest
class MandateApiTest {
    static final String MANDATE = """
            query($u: ID!, $f: DutyFilter) { mandate(unitId: $u) {
              unit { code } duties(filter: $f) { id ordinal role changeStatus relatedUnit { code } }
              staffing { administrativePosts version } offices { code kind }
              staffingHistory(first: 10) { totalCount edges { node { id documentNo before { administrativePosts } after { administrativePosts } } } } } }""";

    @Inject
    AgroalDataSource db;

    static JsonPath mandate(Role role, String unitId, Map<String, Object> filter) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), MANDATE, filter == null ? Map.of("u", unitId) : Map.of("u", unitId, "f", filter)));
    }

    @Test
    void shouldShowADepartmentsMandateWithOfficesStaffingAndHistory() {
        JsonPath m = Gql.data(mandate(Role.GRID_WORKER, Mandates.unitId("JZ-QH-D10"), null));
        assertEquals("JZ-QH-D10", m.getString("data.mandate.unit.code"));
        int duties = m.getList("data.mandate.duties").size();
        assertTrue(duties >= 8, "demo mandates hold 8 to 15 duties, got " + duties);
        List<String> officeKinds = m.getList("data.mandate.offices.kind");
        assertFalse(officeKinds.isEmpty());
        assertTrue(officeKinds.stream().allMatch("INTERNAL_OFFICE"::equals));
        assertTrue(m.getInt("data.mandate.staffingHistory.totalCount") >= 2);
    }

    @Test
    void shouldLoadTheDemoMandatesOfAll35Departments() throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("""
                SELECT count(DISTINCT d.unit_id), count(DISTINCT s.unit_id) FROM unit u
                LEFT JOIN mandate_duty d ON d.unit_id = u.id LEFT JOIN staffing s ON s.unit_id = u.id
                WHERE u.code ~ '^JZ-QH-D[0-9]{2}$'""")) {
            rs.next();
            assertEquals(35, rs.getInt(1), "departments with duties");
            assertEquals(35, rs.getInt(2), "departments with staffing");
        }
    }

    @Test
    void shouldFilterTransferredDuties() {
        // 市场监管局 takes over 外商投资企业注册登记 from 行政审批局 and consumer complaints from 商务局
        JsonPath m = Gql.data(mandate(Role.DEPARTMENT, Mandates.unitId("JZ-QH-D21"), Map.of("transferredOnly", true)));
        List<String> statuses = m.getList("data.mandate.duties.changeStatus");
        assertTrue(statuses.size() >= 2, "transfers into 市场监管局: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s.startsWith("TRANSFERRED_")));
        List<String> from = m.getList("data.mandate.duties.relatedUnit.code");
        assertTrue(from.containsAll(List.of("JZ-QH-D24", "JZ-QH-D15")), "named source departments: " + from);
        JsonPath support = Gql.data(mandate(Role.DEPARTMENT, Mandates.unitId("JZ-QH-D21"), Map.of("role", "SUPPORT")));
        List<String> roles = support.getList("data.mandate.duties.role");
        assertTrue(roles.stream().allMatch("SUPPORT"::equals));
    }

    @Test
    void shouldAnswerEachAliasOfOneFieldWithItsOwnFilter() {
        // one batch field asked three times on one source: each alias is resolved with its own arguments (the engine
        // once answered all three with the first alias' filter)
        JsonPath m = Gql.data(Gql.ok(Gql.post(Keycloak.tokenFor(Role.DEPARTMENT), """
                query($u: ID!) { mandate(unitId: $u) { lead: duties(filter: {role: LEAD}) { id role }
                  body: duties(filter: {role: LEAD_BODY}) { id role } all: duties { id role } } }""",
                Map.of("u", Mandates.unitId("JZ-QH-D10")))));
        List<String> lead = m.getList("data.mandate.lead.role");
        List<String> body = m.getList("data.mandate.body.role");
        List<String> all = m.getList("data.mandate.all.role");
        assertFalse(lead.isEmpty(), "生态环境局 leads duties alone: " + all);
        assertFalse(body.isEmpty(), "and as the leading body: " + all);
        assertTrue(lead.stream().allMatch("LEAD"::equals), "lead: " + lead);
        assertTrue(body.stream().allMatch("LEAD_BODY"::equals), "body: " + body);
        assertEquals(all.stream().filter("LEAD"::equals).count(), lead.size(), "LEAD among all: " + all);
        assertEquals(all.stream().filter("LEAD_BODY"::equals).count(), body.size(), "LEAD_BODY among all: " + all);
    }

    @Test
    void shouldNotFindAMandateOfAnInternalOffice() {
        Gql.error(mandate(Role.LEADER, Mandates.unitId("JZ-QH-D10-K01"), null), "NOT_FOUND");
    }

    @Test
    void shouldNotLetADepartmentEditItsOwnMandate() {
        String reason = Gql.error(Mandates.saveDuty(Role.DEPARTMENT, Mandates.newDuty(Mandates.unitId("JZ-QH-D10"))), "FORBIDDEN");
        assertTrue(reason.contains("编办"), reason);
        Gql.error(Gql.ok(Gql.post(Keycloak.tokenFor(Role.DEPARTMENT), Mandates.CHANGE_STAFFING,
                Map.of("i", Mandates.staffingChange(Mandates.unitId("JZ-QH-D10"), 20)))), "FORBIDDEN");
    }

    @Test
    void shouldNotLetTheDistrictOfficeEditACityDepartment() {
        String city = Mandates.unitId("JZ-D10");
        Gql.data(mandate(Role.ESTABLISHMENT_OFFICE, city, null));
        String reason = Gql.error(Mandates.saveDuty(Role.ESTABLISHMENT_OFFICE, Mandates.newDuty(city)), "FORBIDDEN");
        assertTrue(reason.contains("辖区"), reason);
        Gql.error(Gql.ok(Gql.post(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), Mandates.CHANGE_STAFFING,
                Map.of("i", Mandates.staffingChange(city, 20)))), "FORBIDDEN");
    }

    @Test
    void shouldRefuseAStaleDutyEditAsConflict() {
        String unit = Mandates.unitId("JZ-QH-D12");
        JsonPath added = Mandates.addedDuty(unit);
        Map<String, Object> change = Mandates.newDuty(unit);
        change.remove("unitId");
        change.put("id", added.getString("data.saveDuty.duty.id"));
        change.put("version", added.getInt("data.saveDuty.duty.version"));
        change.put("changeStatus", "STRENGTHENED");
        JsonPath updated = Gql.data(Mandates.saveDuty(Role.ESTABLISHMENT_OFFICE, change));
        assertEquals("STRENGTHENED", updated.getString("data.saveDuty.duty.changeStatus"));
        Gql.error(Mandates.saveDuty(Role.ESTABLISHMENT_OFFICE, change), "CONFLICT");
    }

    @Test
    void shouldNameTheFieldOfInvalidInput() {
        String unit = Mandates.unitId("JZ-QH-D12");
        Map<String, Object> negative = Mandates.staffingChange(unit, 20);
        negative.put("actualHeadcount", -1);
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), Mandates.CHANGE_STAFFING, Map.of("i", negative)));
        Gql.error(body, "VALIDATION");
        assertEquals("input.actualHeadcount", body.getString("errors[0].extensions.field"));

        Map<String, Object> leaders = Mandates.staffingChange(unit, 1);
        leaders.put("institutionalPosts", 0);
        leaders.put("leaderPosts", 3);
        body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), Mandates.CHANGE_STAFFING, Map.of("i", leaders)));
        Gql.error(body, "VALIDATION");
        assertEquals("input.leaderPosts", body.getString("errors[0].extensions.field"));

        Map<String, Object> transfer = Mandates.newDuty(unit);
        transfer.put("changeStatus", "TRANSFERRED_IN");
        body = Mandates.saveDuty(Role.ESTABLISHMENT_OFFICE, transfer);
        Gql.error(body, "VALIDATION");
        assertEquals("input.relatedUnitId", body.getString("errors[0].extensions.field"));
    }

    @Test
    void shouldAppendStaffingHistoryNewestFirstAndNeverRewriteIt() throws SQLException {
        String unit = Mandates.unitId("JZ-QH-D20");
        int before = Gql.data(mandate(Role.LEADER, unit, null)).getInt("data.mandate.staffingHistory.totalCount");
        Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, Mandates.CHANGE_STAFFING, Map.of("i", Mandates.staffingChange(unit, 21))));
        Map<String, Object> stale = Mandates.staffingChange(unit, 22);
        Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, Mandates.CHANGE_STAFFING, Map.of("i", stale)));
        Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, Mandates.CHANGE_STAFFING, Map.of("i", stale)), "CONFLICT");

        JsonPath m = Gql.data(mandate(Role.LEADER, unit, null));
        assertEquals(before + 2, m.getInt("data.mandate.staffingHistory.totalCount"));
        assertEquals(22, m.getInt("data.mandate.staffing.administrativePosts"));
        assertEquals(22, m.getInt("data.mandate.staffingHistory.edges[0].node.after.administrativePosts"), "newest first");
        assertEquals(21, m.getInt("data.mandate.staffingHistory.edges[0].node.before.administrativePosts"));
        assertEquals(21, m.getInt("data.mandate.staffingHistory.edges[1].node.after.administrativePosts"));

        try (var c = db.getConnection(); var st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE staffing_change SET reason = 'x' WHERE unit_id = " + unit));
        }
        try (var c = db.getConnection(); var st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM staffing_change WHERE unit_id = " + unit));
        }
    }

    @Test
    void shouldRemoveADutyOnceAndAuditIt() throws SQLException {
        JsonPath added = Mandates.addedDuty(Mandates.unitId("JZ-QH-D12"));
        String id = added.getString("data.saveDuty.duty.id");
        Map<String, Object> input = Map.of("i", Map.of("id", id, "version", added.getInt("data.saveDuty.duty.version")));
        String remove = "mutation($i: RemoveDutyInput!) { removeDuty(input: $i) { removedId } }";
        assertEquals(id, Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, remove, input)).getString("data.removeDuty.removedId"));
        Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, remove, input), "NOT_FOUND");
        try (var c = db.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM audit_event WHERE entity_type = 'Duty' AND entity_id = '" + Long.parseLong(id) + "'")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "added and removed");
        }
    }
}
