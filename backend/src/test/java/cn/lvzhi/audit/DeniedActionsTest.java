package cn.lvzhi.audit;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A refused action (FORBIDDEN) leaves a DENIED row in the audit trail, while the refused work itself leaves nothing. */
@QuarkusTest
class DeniedActionsTest {
    @Inject
    AgroalDataSource db;

    /** The newest DENIED row of the operation: actor name, actor unit, reason, arguments (JSON text). */
    String[] newestDenial(String operation) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT actor_name, actor_unit, after_state->>'reason', after_state->>'arguments', entity_type
                FROM audit_event WHERE action = 'DENIED' AND entity_id = ? ORDER BY seq DESC LIMIT 1""")) {
            ps.setString(1, operation);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no DENIED row for " + operation);
                return new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)};
            }
        }
    }

    long count(String sql, String parameter) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aForbiddenMutationIsRecordedAndChangesNothing() throws SQLException {
        String code = "JZ-QH-D12-X" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String parent = Gql.data(Gql.as(Role.LEADER, "{ unitByCode(code: \"JZ-QH-D12\") { id } }")).getString("data.unitByCode.id");
        String reason = Gql.error(Gql.as(Role.DEPARTMENT, """
                        mutation($i: CreateUnitInput!) { createUnit(input: $i) { unit { id } } }""",
                Map.of("i", Map.of("parentId", parent, "code", code, "name", "越权科" + code, "kind", "INTERNAL_OFFICE",
                        "level", "COUNTY"))), "FORBIDDEN");

        String[] denial = newestDenial("createUnit");
        assertEquals("Operation", denial[4]);
        assertEquals("JZ-QH-D10", denial[1], "the refused caller's unit (清河区生态环境局)");
        assertEquals(reason, denial[2]);
        assertTrue(denial[3].contains(code), "the arguments name what was attempted: " + denial[3]);
        assertEquals(0, count("SELECT count(*) FROM unit WHERE code = ?", code), "the refused work left nothing");
        assertEquals(0, count("SELECT count(*) FROM audit_event WHERE action = 'UNIT_CREATED' AND after_state->>'code' = ?", code));
    }

    @Test
    void aForbiddenQueryIsRecorded() throws SQLException {
        long before = count("SELECT count(*) FROM audit_event WHERE action = 'DENIED' AND entity_id = ?", "auditIntegrity");
        String reason = Gql.error(Gql.as(Role.GRID_WORKER, "{ auditIntegrity { intact } }"), "FORBIDDEN");
        assertEquals(before + 1, count("SELECT count(*) FROM audit_event WHERE action = 'DENIED' AND entity_id = ?", "auditIntegrity"));
        assertEquals(reason, newestDenial("auditIntegrity")[2]);
    }

    @Test
    void aForbiddenRestCallIsRecorded() throws SQLException {
        Response r = RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.LEADER)).get("/api/staffing/workload/template.xlsx");
        r.then().statusCode(403);
        String[] denial = newestDenial("template");
        assertEquals(r.jsonPath().getString("errors[0].message"), denial[2]);
        assertFalse(denial[0].isBlank());
    }

    @Test
    void anAllowedCallRecordsNoDenial() throws SQLException {
        long before = count("SELECT count(*) FROM audit_event WHERE action = ?", "DENIED");
        Gql.data(Gql.as(Role.DISCIPLINE, "{ auditIntegrity { intact } }"));
        assertEquals(before, count("SELECT count(*) FROM audit_event WHERE action = ?", "DENIED"));
    }
}
