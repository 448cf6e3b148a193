package cn.lvzhi.evaluation.computations;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.EvaluationFixtures.MARCH_1;
import static cn.lvzhi.testing.EvaluationFixtures.MARCH_31;
import static cn.lvzhi.testing.EvaluationFixtures.assertFigure;
import static cn.lvzhi.testing.EvaluationFixtures.at;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.insert;
import static cn.lvzhi.testing.EvaluationFixtures.round;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.scheme;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LATE_SUBMISSIONS on prepared submissions: late or still missing past the on-time deadline, due in the period. */
@QuarkusTest
class LateSubmissionsComputationTest {

    @Test
    void submissionsDueInThePeriodSubmittedLateOrMissing() throws Throwable {
        long a = unit("报送甲", null);
        long b = unit("报送乙", null);
        long round = round(scheme("{\"indicators\": []}"), MARCH_1, MARCH_31, "SELF_ASSESSMENT");
        long other = round(scheme("{\"indicators\": []}"), MARCH_1, MARCH_31, "SELF_ASSESSMENT");
        submission(round, a, "GOAL_PROGRESS", at(2026, 3, 1, 0, 0), at(2026, 3, 1, 0, 0));
        long late = submission(round, a, "SELF_ASSESSMENT", at(2026, 3, 15, 17, 0), at(2026, 3, 17, 18, 0));
        long missing = submission(round, a, "OPERATION_RESULTS", at(2026, 3, 31, 23, 59), null);
        // a reply to the first mark is a right, not a duty: never late
        submission(round, a, "REPLY", at(2026, 3, 20, 0, 0), null);
        submission(other, a, "SELF_ASSESSMENT", at(2026, 4, 1, 0, 0), null);
        submission(other, a, "GOAL_PROGRESS", at(2026, 2, 28, 23, 59), null);
        submission(round, b, "SELF_ASSESSMENT", at(2026, 3, 15, 17, 0), at(2026, 3, 15, 16, 0));

        Map<Long, ComputedFigure> figures = compute("LATE_SUBMISSIONS", Set.of(a, b), MARCH_1, MARCH_31, Map.of());

        ComputedFigure fa = figures.get(a);
        assertFigure(fa, "2", "2", null);
        assertEquals(List.of(row("SUBMISSION", late, true), row("SUBMISSION", missing, true)), rows(fa));
        assertEquals("超期 2 天报送", fa.rows().get(0).note());
        assertTrue(fa.rows().get(0).label().endsWith("：自评表"), fa.rows().get(0).label());
        assertTrue(fa.rows().get(1).note().endsWith("，尚未报送"), fa.rows().get(1).note());
        assertTrue(fa.rows().get(1).label().endsWith("：年度职能运行成效表"), fa.rows().get(1).label());
        assertFigure(figures.get(b), "0", "0", null);
    }

    private static long submission(long round, long unit, String form, OffsetDateTime due, OffsetDateTime submitted) {
        return insert("""
                INSERT INTO evaluation_submission (round_id, unit_id, form, due_at, locks_at, status, submitted_at, submitted_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", round, unit, form, due, due.plusDays(7),
                submitted == null ? "PENDING" : "SUBMITTED", submitted, submitted == null ? null : "测试");
    }
}
