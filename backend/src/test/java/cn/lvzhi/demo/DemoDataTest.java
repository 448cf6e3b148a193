package cn.lvzhi.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.Sql.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up run filled every feature's demo tables, and running the loaders again — what every restart on an
 * existing database does — loads nothing twice: no row in any loader's tables, no loader's audit record, no
 * recomputed figure, no second vacuum. A run that loads leaves the tables vacuumed and analysed.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataTest {
    /** One table per loader, in the order DemoData runs them. */
    static final List<String> TABLES = List.of("unit", "list_item", "mandate_duty", "service_item", "case_file",
            "case_dispute", "investigation", "establishment_matter", "power_item_workload", "duty_goal",
            "evaluation_scheme", "evaluation_round", "evaluation_inspector", "evaluation_form_version",
            "evaluation_peer_setup", "evaluation_questionnaire", "fieldwork_report", "evaluation_duty_finding",
            "evaluation_ledger_item");
    /** What a second load could change without adding rows to those tables. */
    static final Map<String, String> PROBES = Map.of(
            "the loaders' audit records", "SELECT count(*) FROM audit_event WHERE action LIKE 'DEMO\\_%'",
            "the demo rounds' figures, computed", "SELECT count(*) FROM evaluation_score WHERE computed_at IS NOT NULL",
            "when they were last computed",
            "SELECT coalesce(extract(epoch FROM max(computed_at)) * 1000000, 0)::bigint FROM evaluation_score");

    /** Tables the demo fills, among them those the case lists and statistics read. */
    static final List<String> SETTLED = List.of("case_file", "case_dispatch", "case_party", "case_rating",
            "case_stat_month", "unit", "list_item", "evaluation_score");

    @Inject
    DemoData demo;
    @Inject
    DemoDatabase database;
    @Inject
    AgroalDataSource db;

    @Test
    @Order(2)
    void everyLoaderRanAtStartUpAndASecondRunAddsNothing() throws SQLException, IOException {
        Map<String, Long> before = counts();
        before.forEach((what, rows) -> assertTrue(rows > 0, what + ": the demo has some"));
        Map<String, Long> vacuums = vacuums();
        demo.load(OffsetDateTime.now());
        assertEquals(before, counts());
        assertEquals(vacuums, vacuums(), "a run that loads nothing vacuums nothing");
    }

    @Test
    @Order(1) // before the test below vacuums on its own
    void theTablesTheStartUpFilledHaveBeenVacuumedAndAnalysed() throws SQLException {
        // autovacuum's are counted apart (last_autovacuum, last_autoanalyze): these are DemoDatabase.settle's
        for (String table : SETTLED) {
            assertEquals(1, number(db, "SELECT count(*) FROM pg_stat_user_tables WHERE relname = '" + table
                    + "' AND last_vacuum IS NOT NULL AND last_analyze IS NOT NULL"), table);
        }
    }

    @Test
    @Order(3)
    void aRunAfterALoadVacuumsAndAnalysesEveryTableOnce() throws SQLException, IOException {
        Map<String, Long> before = vacuums();
        database.locked(7_340_199L, c -> 1); // as a loader that wrote a row
        demo.load(OffsetDateTime.now());
        Map<String, Long> after = vacuums();
        before.forEach((what, count) -> assertEquals(count + 1, after.get(what), what));
        demo.load(OffsetDateTime.now());
        assertEquals(after, vacuums(), "the next run, loading nothing, vacuums nothing");
    }

    /** How often each of SETTLED was vacuumed and analysed by hand (not by autovacuum). */
    private Map<String, Long> vacuums() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : SETTLED) {
            String of = " FROM pg_stat_user_tables WHERE relname = '" + table + "'";
            counts.put(table + " vacuums", number(db, "SELECT vacuum_count" + of));
            counts.put(table + " analyses", number(db, "SELECT analyze_count" + of));
        }
        return counts;
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                counts.put(table, number(st, "SELECT count(*) FROM " + table));
            }
            for (Map.Entry<String, String> probe : PROBES.entrySet()) {
                counts.put(probe.getKey(), number(st, probe.getValue()));
            }
        }
        return counts;
    }
}
