package cn.lvzhi.demo.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo case history as loaded into the database: months of it, and none of it after the moment it is read. */
@QuarkusTest
class DemoHistoryTest {
    @Inject
    AgroalDataSource db;

    @Test
    void noDemoRatingDispatchOrTimelineStepIsDatedInTheFuture() throws SQLException {
        String sql = """
                SELECT (SELECT count(*) FROM case_rating WHERE rater_subject = 'demo:zhihui'),
                       (SELECT count(*) FROM case_rating WHERE rated_at > now()),
                       (SELECT count(*) FROM case_dispatch WHERE greatest(sent_at, signed_at, refused_at, replied_at) > now()),
                       (SELECT count(*) FROM case_event WHERE occurred_at > now() AND kind <> 'OVERDUE'),
                       (SELECT count(*) FROM case_file WHERE reported_at > now())""";
        try (var c = db.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            assertTrue(rs.getLong(1) > 100, "the demo has ratings");
            assertEquals(0, rs.getLong(2), "ratings after now");
            assertEquals(0, rs.getLong(3), "dispatch steps after now");
            assertEquals(0, rs.getLong(4), "timeline steps after now");
            assertEquals(0, rs.getLong(5), "reports after now");
        }
    }
}
