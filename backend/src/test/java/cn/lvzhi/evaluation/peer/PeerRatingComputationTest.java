package cn.lvzhi.evaluation.peer;

import cn.lvzhi.evaluation.computations.ComputedFigure;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.EvaluationFixtures.MARCH_1;
import static cn.lvzhi.testing.EvaluationFixtures.MARCH_31;
import static cn.lvzhi.testing.EvaluationFixtures.assertFigure;
import static cn.lvzhi.testing.EvaluationFixtures.assertNothingToCount;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.exec;
import static cn.lvzhi.testing.EvaluationFixtures.round;
import static cn.lvzhi.testing.EvaluationFixtures.scheme;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** PEER_RATING on prepared ratings: the target's trimmed mean ÷ 100, by rater kind, rows with counts and no rater. */
@QuarkusTest
class PeerRatingComputationTest {

    @Test
    void theTargetsTrimmedMeanOverAHundred() throws Throwable {
        long target = unit("互评被评", "LAW_ENFORCEMENT");
        long unrated = unit("互评未评", "LAW_ENFORCEMENT");
        long round = round(scheme("{\"indicators\": []}"), MARCH_1, MARCH_31, "FINAL_MARK");
        exec("INSERT INTO evaluation_peer_setup (round_id, trim_from, generated_at, generated_by_name) VALUES (?, 5, now(), '测试')", round);
        int[] departmentScores = {60, 70, 80, 90, 100};
        for (int s : departmentScores) {
            rated(round, "DEPARTMENT", unit("互评评价部门", "LAW_ENFORCEMENT"), target, s);
        }
        rated(round, "TOWNSHIP", unit("互评评价乡镇", null), target, 95);
        rated(round, "TOWNSHIP", unit("互评评价乡镇", null), target, null);
        // another round of another period never counts
        long other = round(scheme("{\"indicators\": []}"), MARCH_1, MARCH_31.plusDays(1), "FINAL_MARK");
        exec("INSERT INTO evaluation_peer_setup (round_id, trim_from) VALUES (?, 5)", other);
        rated(other, "DEPARTMENT", unit("互评评价部门", "LAW_ENFORCEMENT"), target, 10);

        Map<Long, ComputedFigure> all = compute("PEER_RATING", Set.of(target, unrated), MARCH_1, MARCH_31, Map.of("raterKind", "ALL"));
        // six ratings: 60 and 100 dropped, (70 + 80 + 90 + 95) ÷ 4 = 83.75
        assertFigure(all.get(target), "0.8375", "83.75", "100");
        assertEquals(1, all.get(target).rows().size());
        assertEquals("6 个单位评分，去掉一个最高分和一个最低分后平均 83.75 分", all.get(target).rows().get(0).note());
        assertEquals(round, all.get(target).rows().get(0).refId(), "the row names the round, never a rater");
        assertNothingToCount(all.get(unrated));

        Map<Long, ComputedFigure> townships = compute("PEER_RATING", Set.of(target), MARCH_1, MARCH_31, Map.of("raterKind", "TOWNSHIP"));
        assertFigure(townships.get(target), "0.95", "95", "100");
        assertFalse(townships.get(target).rows().get(0).note().contains("去掉"));
        Map<Long, ComputedFigure> departments = compute("PEER_RATING", Set.of(target), MARCH_1, MARCH_31,
                Map.of("raterKind", "DEPARTMENT"));
        assertFigure(departments.get(target), "0.8", "80", "100");
        assertThrows(IllegalArgumentException.class, () -> compute("PEER_RATING", Set.of(target), MARCH_1, MARCH_31,
                Map.of("raterKind", "EVERYONE")));
    }

    private static void rated(long round, String raterKind, long rater, long target, Integer score) {
        exec("""
                INSERT INTO evaluation_peer_assignment (round_id, rater_kind, target_kind, rater_unit_id, target_unit_id, score, rated_at)
                VALUES (?, ?, 'DEPARTMENT', ?, ?, ?, now())""", round, raterKind, rater, target,
                score == null ? null : BigDecimal.valueOf(score));
    }
}
