package cn.lvzhi.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

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
 * recomputed figure.
 */
@QuarkusTest
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

    @Inject
    DemoData demo;
    @Inject
    AgroalDataSource db;

    @Test
    void everyLoaderRanAtStartUpAndASecondRunAddsNothing() throws SQLException, IOException {
        Map<String, Long> before = counts();
        before.forEach((what, rows) -> assertTrue(rows > 0, what + ": the demo has some"));
        demo.load(OffsetDateTime.now());
        assertEquals(before, counts());
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
