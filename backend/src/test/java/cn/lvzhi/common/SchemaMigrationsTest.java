package cn.lvzhi.common;

import cn.lvzhi.testing.DatabaseOwner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start leaves Flyway out only when the schema history holds exactly this build's migrations (issue 15, start-up):
 * the checksums computed here equal Flyway's for every migration, and every difference — an edited, a missing, an
 * unknown, a failed migration, no history at all — lets Flyway run, which still refuses an edited applied migration.
 */
@QuarkusTest
class SchemaMigrationsTest {
    @Inject
    SchemaMigrations migrations;

    private static Map<String, Integer> build() throws Exception {
        return SchemaMigrations.classpathMigrations(Thread.currentThread().getContextClassLoader(), "db/migration");
    }

    @Test
    void thisStartFoundTheBuildsMigrationsAppliedByFlywayAndLeftItOut() throws Exception {
        Map<String, Integer> build = build();
        assertTrue(build.size() >= 40, "migrations found: " + build.keySet());
        try (Connection owner = DatabaseOwner.connect()) {
            // the history Flyway wrote as the tests started: the same versions and, for every file, the same checksum
            assertEquals(SchemaMigrations.history(owner), build);
        }
        assertFalse(migrations.flywayRan());
    }

    @Test
    void everyDifferenceLetsFlywayRun() throws Exception {
        Map<String, Integer> build = build();
        Map<String, Integer> history;
        try (Connection owner = DatabaseOwner.connect()) {
            history = SchemaMigrations.history(owner);
        }
        assertNull(SchemaMigrations.difference(history, build));

        Map<String, Integer> edited = new TreeMap<>(build);
        edited.put("1", build.get("1") + 1);
        assertEquals("version 1 differs from its applied checksum", SchemaMigrations.difference(history, edited));

        Map<String, Integer> newer = new TreeMap<>(build);
        newer.put("9999", 1);
        assertEquals("version 9999 is not applied", SchemaMigrations.difference(history, newer));

        Map<String, Integer> unknown = new TreeMap<>(history);
        unknown.put("9999", 1);
        assertEquals("version 9999 is applied but not in this build", SchemaMigrations.difference(unknown, build));

        assertEquals("no migrations found on the classpath", SchemaMigrations.difference(history, Map.of()));
        assertEquals(Map.of(), SchemaMigrations.classpathMigrations(Thread.currentThread().getContextClassLoader(), "db/none"));
    }

    @Test
    void aFailedRowOrNoHistoryLetsFlywayRun() throws Exception {
        try (Connection owner = DatabaseOwner.connect()) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.executeUpdate("update flyway_schema_history set success = false where version = '2'");
                Map<String, Integer> history = SchemaMigrations.history(owner);
                assertTrue(SchemaMigrations.difference(history, build()).startsWith("the history has a row other than"),
                        SchemaMigrations.difference(history, build()));
                statement.execute("set local search_path = pg_catalog");
                assertThrows(SQLException.class, () -> SchemaMigrations.history(owner));
            } finally {
                owner.rollback();
            }
        }
    }

    @Test
    void anEditedAppliedMigrationIsStillRefusedByFlyway() throws Exception {
        try (Connection owner = DatabaseOwner.connect(); Statement statement = owner.createStatement()) {
            statement.executeUpdate("update flyway_schema_history set checksum = checksum + 1 where version = '1'");
            try {
                FlywayValidateException refused = assertThrows(FlywayValidateException.class, migrations::migrateUnlessUpToDate);
                assertTrue(refused.getMessage().contains("checksum mismatch"), refused.getMessage());
                assertTrue(migrations.flywayRan());
            } finally {
                statement.executeUpdate("update flyway_schema_history set checksum = checksum - 1 where version = '1'");
            }
            migrations.migrateUnlessUpToDate();
            assertFalse(migrations.flywayRan());
        }
    }
}
