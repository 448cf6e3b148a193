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
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.handlings;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OVERDUE_SIGN_FORS on prepared dispatches: late sign-fors counted, refusals never, a unit without any a real 0. */
@QuarkusTest
class OverdueSignForsComputationTest {

    @Test
    void signedLateOrStillUnsignedPastTheDeadline() throws Throwable {
        long a = unit("签收甲", "LAW_ENFORCEMENT");
        long b = unit("签收乙", null);
        Handlings h = handlings(a);

        Map<Long, ComputedFigure> figures = compute("OVERDUE_SIGN_FORS", Set.of(a, b), MARCH_1, MARCH_31, Map.of());

        ComputedFigure fa = figures.get(a);
        assertFigure(fa, "2", "2", null);
        assertEquals(List.of(row("DISPATCH", h.lateSign(), true), row("DISPATCH", h.openLate(), true)), rows(fa),
                "the refusal after its sign-for deadline and the dispatches outside the period are not counted");
        assertEquals("超期 1 天签收", fa.rows().get(0).note());
        assertTrue(fa.rows().get(1).note().endsWith("，尚未签收"), fa.rows().get(1).note());

        assertFigure(figures.get(b), "0", "0", null);
        assertEquals(List.of(), figures.get(b).rows());
    }
}
