package cn.lvzhi.demo.evaluation;

import cn.lvzhi.testing.DatabaseOwner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import static cn.lvzhi.testing.Sql.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo peer assessment on the demo rounds, as the application loaded it at start: last year's matrix wholly rated
 * and submitted, this year's in progress with 生态环境局 part-way, no conflict pair; loading again adds nothing.
 */
@QuarkusTest
class DemoFieldworkPeerLoaderTest {
    @Inject
    DemoFieldworkPeerLoader loader;

    @Test
    void lastYearIsRatedAndThisYearIsInProgress() throws SQLException {
        try (Connection c = DatabaseOwner.connect()) {
            c.setAutoCommit(false);
            try {
                assertEquals(0, loader.load(OffsetDateTime.now()), "the demo is loaded once");
                long last = number(c, """
                        SELECT r.id FROM evaluation_round r JOIN evaluation_peer_setup s ON s.round_id = r.id
                        WHERE r.period_kind = 'YEAR' AND r.stage = 'PUBLISHED' ORDER BY r.id LIMIT 1""");
                long current = number(c, """
                        SELECT r.id FROM evaluation_round r JOIN evaluation_peer_setup s ON s.round_id = r.id
                        WHERE r.period_kind = 'YEAR' AND r.stage <> 'PUBLISHED' ORDER BY r.id LIMIT 1""");
                assertTrue(number(c, "SELECT count(*) FROM evaluation_peer_assignment WHERE round_id = " + last) > 300);
                assertEquals(0, number(c, "SELECT count(*) FROM evaluation_peer_assignment WHERE score IS NULL AND round_id = " + last));
                assertEquals(number(c, "SELECT count(DISTINCT rater_unit_id) FROM evaluation_peer_assignment WHERE round_id = " + last),
                        number(c, "SELECT count(*) FROM evaluation_peer_submission WHERE round_id = " + last));
                String d10 = "(SELECT id FROM unit WHERE code = 'JZ-QH-D10')";
                long mine = number(c, "SELECT count(*) FROM evaluation_peer_assignment WHERE round_id = " + current
                        + " AND rater_unit_id = " + d10);
                long rated = number(c, "SELECT count(*) FROM evaluation_peer_assignment WHERE score IS NOT NULL AND round_id = "
                        + current + " AND rater_unit_id = " + d10);
                assertTrue(mine > 5 && rated == 5, mine + " tasks, " + rated + " rated");
                assertEquals(0, number(c, "SELECT count(*) FROM evaluation_peer_submission WHERE round_id = " + current
                        + " AND rater_unit_id = " + d10));
                assertTrue(number(c, "SELECT count(*) FROM evaluation_peer_assignment WHERE score IS NULL AND round_id = " + current) > 0);
                assertEquals(0, number(c, """
                        SELECT count(*) FROM evaluation_peer_assignment a JOIN evaluation_peer_conflict x
                          ON least(a.rater_unit_id, a.target_unit_id) = x.unit_a_id
                         AND greatest(a.rater_unit_id, a.target_unit_id) = x.unit_b_id
                        WHERE x.round_id IS NULL AND a.round_id IN (""" + last + ", " + current + ")"));
            } finally {
                c.rollback();
            }
        }
    }
}
