package cn.lvzhi.evaluation.computations;

import cn.lvzhi.testing.EvaluationFixtures.Handlings;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.EvaluationFixtures.MARCH_1;
import static cn.lvzhi.testing.EvaluationFixtures.MARCH_31;
import static cn.lvzhi.testing.EvaluationFixtures.assertFigure;
import static cn.lvzhi.testing.EvaluationFixtures.at;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.handlings;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OVERDUE_REPLIES on prepared dispatches: late replies and unanswered past the deadline; several units in one batch. */
@QuarkusTest
class OverdueRepliesComputationTest {

    @Test
    void repliedLateOrUnansweredPastTheHandlingDeadline() throws Throwable {
        long a = unit("反馈甲", "SOCIAL_MANAGEMENT");
        long b = unit("反馈乙", "SOCIAL_MANAGEMENT");
        long c = unit("反馈丙", null);
        Handlings h = handlings(a);
        Handlings hb = handlings(b);

        Map<Long, ComputedFigure> figures = compute("OVERDUE_REPLIES", Set.of(a, b, c), MARCH_1, MARCH_31, Map.of());

        ComputedFigure fa = figures.get(a);
        assertFigure(fa, "2", "2", null);
        assertEquals(List.of(row("DISPATCH", h.lateReply(), true), row("DISPATCH", h.openLate(), true)), rows(fa));
        assertEquals("超期 3 天办结反馈", fa.rows().get(0).note());
        assertEquals(at(2026, 3, 16, 9, 0).toInstant(), fa.rows().get(0).occurredAt().toInstant(), "dated by the reply");
        assertEquals(at(2026, 3, 20, 9, 0).toInstant(), fa.rows().get(1).occurredAt().toInstant(), "dated by the deadline");
        assertTrue(fa.rows().get(1).note().endsWith("，尚未办结反馈"));
        assertEquals(List.of(row("DISPATCH", hb.lateReply(), true), row("DISPATCH", hb.openLate(), true)), rows(figures.get(b)));
        assertFigure(figures.get(c), "0", "0", null);
    }
}
