package cn.lvzhi.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static cn.lvzhi.testing.Sql.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case list's count in the shape {@link CaseJson} writes it (the actor's region a literal prefix of the area path,
 * the states a literal list, at most {@link CaseReads#COUNT_CAP} + 1 rows) reads only the region's entries of the
 * state (V59): the prefix becomes a range of the state's index, for a finished state and an open one alike. And the
 * count it reads there is the count of the cases themselves.
 */
@QuarkusTest
class CaseStatesByRegionTest {
    @Inject
    AgroalDataSource db;

    @Test
    void aRegionsCountOfAStateReadsTheRegionsEntriesOnly() throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            String township = text(st, "select path from unit where code = 'JZ-QH-T01'");
            long inTownship = number(st, "select count(*) from case_file where starts_with(area_path, '" + township + "')");
            assertTrue(inTownship > 0, "the demo has cases in the township");
            assertTrue(number(st, "select count(*) from case_file where not starts_with(area_path, '" + township + "')") > 0,
                    "and outside it, which the count must leave out");
            for (String[] state : new String[][] {{"CLOSED", "case_finished_area"}, {"CANCELLED", "case_finished_area"},
                    {"DISPATCHED", "case_open_status"}, {"REPORTED", "case_open_status"}}) {
                String count = "select count(*) from (select 1 from case_file c where (c.area_path like '" + township
                        + "%') and c.status in ('" + state[0] + "') limit " + (CaseReads.COUNT_CAP + 1) + ") capped_";
                String plan = plan(st, count);
                assertTrue(plan.contains(" using " + state[1] + " on case_file"), state[0] + ": " + plan);
                assertTrue(plan.contains("area_path ~>=~ '" + township + "'::text"), state[0] + ", the region as a range: " + plan);
                assertEquals(number(st, "select count(*) from case_file where status = '" + state[0]
                        + "' and starts_with(area_path, '" + township + "')"), number(st, count), state[0]);
            }
        }
    }

    private static String plan(Statement st, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = st.executeQuery("EXPLAIN (COSTS OFF) " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static String text(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
