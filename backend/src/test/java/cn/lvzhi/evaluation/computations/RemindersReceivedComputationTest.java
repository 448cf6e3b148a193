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
import static cn.lvzhi.testing.EvaluationFixtures.caseFile;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.dispatch;
import static cn.lvzhi.testing.EvaluationFixtures.reminder;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** REMINDERS_RECEIVED on prepared reminders: each reminder of a dispatch to the unit in the period, 0 when none. */
@QuarkusTest
class RemindersReceivedComputationTest {

    @Test
    void remindersOnDispatchesSentToTheUnit() throws Throwable {
        long a = unit("催办甲", "GENERAL_SUPPORT");
        long b = unit("催办乙", "GENERAL_SUPPORT");
        long c = unit("催办丙", null);
        long caseA = caseFile("被催办事件", null);
        OffsetDateTime sent = at(2026, 2, 20, 9, 0);
        long toA = dispatch(caseA, a, sent, sent.plusHours(8), null, sent.plusDays(5), null, null);
        long caseB = caseFile("乙的事件", null);
        long toB = dispatch(caseB, b, sent, sent.plusHours(8), null, sent.plusDays(5), null, null);
        long first = reminder(toA, caseA, at(2026, 3, 1, 0, 0));
        long last = reminder(toA, caseA, at(2026, 3, 31, 23, 59));
        reminder(toA, caseA, at(2026, 4, 1, 0, 0));
        reminder(toA, caseA, at(2026, 2, 28, 23, 59));
        long ofB = reminder(toB, caseB, at(2026, 3, 15, 9, 0));

        Map<Long, ComputedFigure> figures = compute("REMINDERS_RECEIVED", Set.of(a, b, c), MARCH_1, MARCH_31, Map.of());

        assertFigure(figures.get(a), "2", "2", null);
        assertEquals(List.of(row("REMINDER", first, true), row("REMINDER", last, true)), rows(figures.get(a)));
        assertEquals("测试催办：请尽快办理", figures.get(a).rows().get(0).note());
        assertFigure(figures.get(b), "1", "1", null);
        assertEquals(List.of(row("REMINDER", ofB, true)), rows(figures.get(b)));
        assertFigure(figures.get(c), "0", "0", null);
    }
}
