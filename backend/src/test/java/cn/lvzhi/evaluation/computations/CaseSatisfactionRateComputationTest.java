package cn.lvzhi.evaluation.computations;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.EvaluationFixtures.MARCH_1;
import static cn.lvzhi.testing.EvaluationFixtures.MARCH_31;
import static cn.lvzhi.testing.EvaluationFixtures.assertFigure;
import static cn.lvzhi.testing.EvaluationFixtures.assertNothingToCount;
import static cn.lvzhi.testing.EvaluationFixtures.at;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.rating;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** CASE_SATISFACTION_RATE on prepared ratings: the current level counts, 基本满意 by parameter, the period's bounds. */
@QuarkusTest
class CaseSatisfactionRateComputationTest {

    @Test
    void satisfiedRatingsOverRatingsReceivedAsHandler() throws Throwable {
        long a = unit("满意率甲", "LIVELIHOOD");
        long b = unit("满意率乙", "LIVELIHOOD");
        long satisfied = rating(a, "SATISFIED", "SATISFIED", at(2026, 3, 1, 0, 0));
        long basically = rating(a, "BASICALLY_SATISFIED", "BASICALLY_SATISFIED", at(2026, 3, 10, 9, 0));
        long unsatisfied = rating(a, "UNSATISFIED", "UNSATISFIED", at(2026, 3, 20, 9, 0));
        long revised = rating(a, "SATISFIED", "UNSATISFIED", at(2026, 3, 31, 23, 59));
        rating(a, "UNSATISFIED", "UNSATISFIED", at(2026, 4, 1, 0, 0));
        rating(a, "UNSATISFIED", "UNSATISFIED", at(2026, 2, 28, 23, 59));

        Map<Long, ComputedFigure> byDefault = compute("CASE_SATISFACTION_RATE", Set.of(a, b), MARCH_1, MARCH_31,
                Map.of("countBasicallySatisfied", true));
        ComputedFigure fa = byDefault.get(a);
        assertFigure(fa, "0.75", "3", "4");
        assertEquals(List.of(row("RATING", satisfied, true), row("RATING", basically, true), row("RATING", unsatisfied, false),
                row("RATING", revised, true)), rows(fa));
        assertEquals("满意（申诉改判，原为不满意）", fa.rows().get(3).note());
        assertNothingToCount(byDefault.get(b));

        ComputedFigure strict = compute("CASE_SATISFACTION_RATE", Set.of(a), MARCH_1, MARCH_31,
                Map.of("countBasicallySatisfied", false)).get(a);
        assertFigure(strict, "0.5", "2", "4");
        assertEquals(row("RATING", basically, false), rows(strict).get(1));
    }
}
