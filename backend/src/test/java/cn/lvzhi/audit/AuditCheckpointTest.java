package cn.lvzhi.audit;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.DatabaseOwner;
import cn.lvzhi.testing.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chain head is anchored outside the database: once a signed checkpoint is taken, rewriting the newest row
 * (hash recomputed, so the chain itself still links) or removing it is reported at that row's sequence number.
 * The tampering is done as the owner, who can switch the append-only trigger off; each test restores the row.
 */
@QuarkusTest
class AuditCheckpointTest {
    @Inject
    AuditCheckpoints checkpoints;
    @ConfigProperty(name = "lvzhi.audit.checkpoint-dir")
    Path dir;

    static JsonPath integrity() {
        return Gql.data(Gql.as(Role.DISCIPLINE, """
                { auditIntegrity { intact checkedEvents firstBrokenSeq checkpoints lastCheckpointSeq unverifiedCheckpoints } }"""));
    }

    AuditCheckpoints.Checkpoint anchorTheHead() {
        AuditTrailTest.renameAUnit();
        return checkpoints.write().orElseThrow();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anUntouchedChainPassesThroughItsCheckpoints() throws IOException {
        AuditCheckpoints.Checkpoint head = anchorTheHead();
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> read(f).contains("\"seq\":" + head.seq() + ",")), "the checkpoint is on disk");
        }
        JsonPath result = integrity();
        assertTrue(result.getBoolean("data.auditIntegrity.intact"));
        assertNull(result.get("data.auditIntegrity.firstBrokenSeq"));
        assertEquals(head.seq(), result.getLong("data.auditIntegrity.lastCheckpointSeq"));
        assertTrue(result.getInt("data.auditIntegrity.checkpoints") >= 1);
        assertEquals(0, result.getInt("data.auditIntegrity.unverifiedCheckpoints"));
    }

    @Test
    void aRewrittenNewestRowWithItsHashRecomputedIsReported() throws SQLException {
        AuditCheckpoints.Checkpoint head = anchorTheHead();
        try (Connection c = DatabaseOwner.connect(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            st.execute("CREATE TEMP TABLE original AS SELECT * FROM audit_event WHERE seq = " + head.seq());
            try {
                st.executeUpdate("UPDATE audit_event SET after_state = '{\"name\": \"篡改\"}' WHERE seq = " + head.seq());
                st.executeUpdate("UPDATE audit_event e SET hash = audit_event_digest(e) WHERE seq = " + head.seq());
                JsonPath broken = integrity();
                assertFalse(broken.getBoolean("data.auditIntegrity.intact"));
                assertEquals(head.seq(), broken.getLong("data.auditIntegrity.firstBrokenSeq"));
            } finally {
                st.executeUpdate("UPDATE audit_event e SET after_state = o.after_state, hash = o.hash FROM original o "
                        + "WHERE e.seq = o.seq");
                st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
            }
        }
        assertTrue(integrity().getBoolean("data.auditIntegrity.intact"), "restoring the row restores the chain");
    }

    @Test
    void aRemovedNewestRowIsReported() throws SQLException {
        AuditCheckpoints.Checkpoint head = anchorTheHead();
        try (Connection c = DatabaseOwner.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE removed AS SELECT * FROM audit_event WHERE seq = " + head.seq());
            st.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            try {
                assertEquals(1, st.executeUpdate("DELETE FROM audit_event WHERE seq = " + head.seq()));
                JsonPath broken = integrity();
                assertFalse(broken.getBoolean("data.auditIntegrity.intact"));
                assertEquals(head.seq(), broken.getLong("data.auditIntegrity.firstBrokenSeq"));
            } finally {
                st.executeUpdate("INSERT INTO audit_event SELECT * FROM removed");
                st.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
            }
        }
        assertTrue(integrity().getBoolean("data.auditIntegrity.intact"), "putting the row back restores the chain");
    }

    @Test
    void anAlteredCheckpointFileIsReported() throws IOException {
        AuditCheckpoints.Checkpoint head = anchorTheHead();
        Path forged = dir.resolve("forged.jsonl");
        // a checkpoint moved to a rewritten hash, keeping the old signature
        Files.writeString(forged, "{\"seq\":" + head.seq() + ",\"hash\":\"" + "0".repeat(64) + "\",\"at\":\""
                + head.at() + "\",\"mac\":\"" + head.mac() + "\"}\n");
        try {
            JsonPath result = integrity();
            assertFalse(result.getBoolean("data.auditIntegrity.intact"));
            assertEquals(1, result.getInt("data.auditIntegrity.unverifiedCheckpoints"));
            assertNull(result.get("data.auditIntegrity.firstBrokenSeq"), "the rows themselves are untouched");
        } finally {
            Files.delete(forged);
        }
        assertTrue(integrity().getBoolean("data.auditIntegrity.intact"));
    }
}
