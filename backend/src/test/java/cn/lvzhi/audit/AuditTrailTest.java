package cn.lvzhi.audit;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.DatabaseOwner;
import cn.lvzhi.testing.Gql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every change leaves an audit row with actor, unit and before/after; the service's own database role (JDBC and
 * reactive) may only append and read; the chain detects tampering by the owner.
 */
@QuarkusTest
class AuditTrailTest {
    static final String PERMISSION_DENIED = "42501";

    @Inject
    AgroalDataSource db;
    @Inject
    Pool pool;

    static JsonPath integrity() {
        return Gql.data(Gql.as(Role.DISCIPLINE, "{ auditIntegrity { intact checkedEvents firstBrokenSeq } }"));
    }

    static String renameAUnit() {
        String code = "JZ-QH-D12-A" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String parent = Gql.data(Gql.as(Role.LEADER, "{ unitByCode(code: \"JZ-QH-D12\") { id } }")).getString("data.unitByCode.id");
        JsonPath created = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE,
                "mutation($i: CreateUnitInput!) { createUnit(input: $i) { unit { id version } } }",
                Map.of("i", Map.of("parentId", parent, "code", code, "name", "审计测试科" + code, "kind", "INTERNAL_OFFICE", "level", "COUNTY"))));
        Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, "mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { unit { id } } }",
                Map.of("i", Map.of("id", created.getString("data.createUnit.unit.id"), "version", created.getInt("data.createUnit.unit.version"),
                        "name", "审计测试二科" + code))));
        return created.getString("data.createUnit.unit.id");
    }

    @Test
    void changesAreRecordedWithActorUnitAndBeforeAfter() throws SQLException {
        String id = renameAUnit();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT action, actor_name, actor_unit, before_state->>'name', after_state->>'name', "
                     + "occurred_at FROM audit_event WHERE entity_type = 'Unit' AND entity_id = '" + id + "' ORDER BY seq")) {
            assertTrue(rs.next());
            assertEquals("UNIT_CREATED", rs.getString(1));
            assertEquals("李明哲", rs.getString(2));
            assertEquals("JZ-QH-BB", rs.getString(3));
            assertEquals(null, rs.getString(4));
            assertTrue(rs.next());
            assertEquals("UNIT_UPDATED", rs.getString(1));
            assertTrue(rs.getString(4).startsWith("审计测试科"));
            assertTrue(rs.getString(5).startsWith("审计测试二科"));
            assertNotNull(rs.getTimestamp(6));
            assertFalse(rs.next());
        }
    }

    /** What someone holding the service's credentials would try first. */
    static final List<String> REWRITES = List.of(
            "UPDATE audit_event SET action = 'X' WHERE seq = 1",
            "DELETE FROM audit_event WHERE seq = 1",
            "TRUNCATE audit_event",
            "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
            "ALTER TABLE audit_event DISABLE TRIGGER ALL",
            "DROP TRIGGER audit_event_append_only ON audit_event",
            "SET session_replication_role = replica");

    @Test
    void theServiceRoleCannotRewriteTheTrailNorSwitchItsGuardOff() throws SQLException {
        renameAUnit();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            for (String sql : REWRITES) {
                SQLException refused = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertEquals(PERMISSION_DENIED, refused.getSQLState(), () -> sql + ": " + refused.getMessage());
            }
        }
        for (String sql : REWRITES) {
            Throwable refused = assertThrows(Throwable.class, () -> pool.query(sql).execute().await().indefinitely(), sql);
            assertEquals(PERMISSION_DENIED, ((PgException) refused).getSqlState(), () -> sql + ": " + refused.getMessage());
        }
    }

    @Test
    void theServiceRoleMayAppendAndRead() throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("INSERT INTO audit_event (actor_subject, action, entity_type, entity_id) "
                    + "VALUES ('test', 'TEST_APPENDED', 'Test', '1')"));
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_event WHERE action = 'TEST_APPENDED'")) {
                rs.next();
                assertTrue(rs.getLong(1) >= 1);
            }
        }
    }

    /**
     * The digest is inlined where it is used (V54): the plan of the integrity check's expression names sha256, not the
     * function, which PostgreSQL would otherwise call as a function of its own, parsing its body in every transaction.
     * And it hashes what it always did: every row appended so far still matches it.
     */
    @Test
    void theDigestIsInlinedAndStillMatchesEveryRow() throws SQLException {
        renameAUnit();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = st.executeQuery("EXPLAIN (VERBOSE, COSTS OFF) SELECT audit_event_digest(e) FROM audit_event e")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertTrue(plan.toString().contains("sha256("), plan.toString());
            assertFalse(plan.toString().contains("audit_event_digest"), plan.toString());
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE e.hash <> audit_event_digest(e)) FROM audit_event e")) {
                rs.next();
                assertTrue(rs.getLong(1) > 0);
                assertEquals(0, rs.getLong(2));
            }
        }
    }

    @Test
    void theTriggerStillGuardsAgainstTheOwner() throws SQLException {
        renameAUnit();
        try (Connection c = DatabaseOwner.connect(); Statement st = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE audit_event SET action = 'X' WHERE seq = 1"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    @Test
    void tamperingIsDetectedAndLocated() throws SQLException {
        renameAUnit();
        JsonPath before = integrity();
        assertTrue(before.getBoolean("data.auditIntegrity.intact"));
        assertTrue(before.getInt("data.auditIntegrity.checkedEvents") >= 3);
        try (Connection c = DatabaseOwner.connect(); Statement st = c.createStatement()) {
            long seq;
            String original;
            try (ResultSet rs = st.executeQuery(
                    "SELECT seq, after_state::text FROM audit_event WHERE action = 'UNIT_UPDATED' ORDER BY seq DESC LIMIT 1")) {
                rs.next();
                seq = rs.getLong(1);
                original = rs.getString(2);
            }
            // the owner (DDL rights) switches the guard off and rewrites history
            st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            try {
                st.executeUpdate("UPDATE audit_event SET after_state = jsonb_set(after_state, '{name}', '\"篡改\"') WHERE seq = " + seq);
                JsonPath broken = integrity();
                assertFalse(broken.getBoolean("data.auditIntegrity.intact"));
                assertEquals(seq, broken.getLong("data.auditIntegrity.firstBrokenSeq"));
            } finally {
                try (var ps = c.prepareStatement("UPDATE audit_event SET after_state = cast(? AS jsonb) WHERE seq = " + seq)) {
                    ps.setString(1, original);
                    ps.executeUpdate();
                }
                st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
            }
        }
        assertTrue(integrity().getBoolean("data.auditIntegrity.intact"), "restoring the row restores the chain");
    }
}
