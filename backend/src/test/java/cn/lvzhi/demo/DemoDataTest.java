package cn.lvzhi.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up run filled every feature's demo tables, and running the loaders again adds nothing. */
@QuarkusTest
class DemoDataTest {
    /** One table per loader, in the order DemoData runs them. */
    static final List<String> TABLES = List.of("unit", "list_item", "mandate_duty", "service_item", "case_file",
            "case_dispute", "investigation", "establishment_matter", "power_item_workload");

    @Inject
    DemoData demo;
    @Inject
    AgroalDataSource db;

    @Test
    void everyLoaderRanAtStartUpAndASecondRunAddsNothing() throws SQLException, IOException {
        Map<String, Long> before = counts();
        before.forEach((table, rows) -> assertTrue(rows > 0, table + " has demo rows"));
        demo.load(OffsetDateTime.now());
        assertEquals(before, counts());
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
