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
import static cn.lvzhi.testing.EvaluationFixtures.assertNothingToCount;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.handlings;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** CASE_ON_TIME_RATE on prepared dispatches with a known answer, three units in one batch. */
@QuarkusTest
class CaseOnTimeRateComputationTest {

    @Test
    void repliedByTheHandlingDeadlineOverDecidedDispatches() throws Throwable {
        long a = unit("按时率甲", "LAW_ENFORCEMENT");
        long b = unit("按时率乙", "LIVELIHOOD");
        long c = unit("按时率丙", null);
        Handlings h = handlings(a);
        Handlings other = handlings(b);

        Map<Long, ComputedFigure> figures = compute("CASE_ON_TIME_RATE", Set.of(a, b, c), MARCH_1, MARCH_31, Map.of());

        // on time, the first minute and the last minute of the period count; late reply and never signed only in the
        // denominator; refused, still running, before and after the period are no rows
        ComputedFigure fa = figures.get(a);
        assertFigure(fa, "0.6", "3", "5");
        assertEquals(List.of(row("DISPATCH", h.onTime(), true), row("DISPATCH", h.lateReply(), false),
                row("DISPATCH", h.lateSign(), true), row("DISPATCH", h.openLate(), false),
                row("DISPATCH", h.lastMinute(), true)), rows(fa));
        assertEquals("超期 3 天办结反馈", fa.rows().get(1).note());
        assertEquals("按时办结反馈", fa.rows().get(0).note());

        assertFigure(figures.get(b), "0.6", "3", "5");
        assertEquals(other.onTime(), figures.get(b).rows().get(0).refId(), "each unit gets its own rows");
        assertNothingToCount(figures.get(c));
    }
}
