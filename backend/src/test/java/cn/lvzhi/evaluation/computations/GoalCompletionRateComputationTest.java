package cn.lvzhi.evaluation.computations;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.EvaluationFixtures.assertFigure;
import static cn.lvzhi.testing.EvaluationFixtures.assertNothingToCount;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.exec;
import static cn.lvzhi.testing.EvaluationFixtures.insert;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * GOAL_COMPLETION_RATE on prepared goals: milestones of published goals due in the period, each by its latest
 * verification (YES 1, PARTLY by parameter, NO or none 0); a draft goal's milestones and those due later do not count.
 */
@QuarkusTest
class GoalCompletionRateComputationTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 9, 30);

    @Test
    void verifiedMilestonesOverDueMilestones() throws Throwable {
        long a = unit("目标甲", "ECONOMIC_DEVELOPMENT");
        long b = unit("目标乙", "ECONOMIC_DEVELOPMENT");
        long goal = goal(a, 1, "PUBLISHED");
        long q1 = milestone(goal, 1, LocalDate.of(2026, 3, 31));
        long q2 = milestone(goal, 2, LocalDate.of(2026, 6, 30));
        long q3 = milestone(goal, 3, LocalDate.of(2026, 9, 30));
        long q4 = milestone(goal, 4, LocalDate.of(2026, 12, 31));
        verify(goal, q1, LocalDate.of(2026, 4, 2), "YES");
        verify(goal, q2, LocalDate.of(2026, 6, 30), "NO");
        verify(goal, q2, LocalDate.of(2026, 7, 1), "PARTLY");
        verify(goal, q3, LocalDate.of(2026, 10, 8), "NO");
        verify(goal, q4, LocalDate.of(2026, 12, 20), "YES");
        long draft = goal(a, 2, "DRAFT");
        verify(draft, milestone(draft, 1, LocalDate.of(2026, 3, 31)), LocalDate.of(2026, 4, 1), "YES");
        long unverified = milestone(goal(a, 3, "PUBLISHED"), 2, LocalDate.of(2026, 6, 15));

        Map<Long, ComputedFigure> figures = compute("GOAL_COMPLETION_RATE", Set.of(a, b), START, END,
                Map.of("partlyCounts", new BigDecimal("0.5")));
        ComputedFigure fa = figures.get(a);
        assertFigure(fa, "0.375", "1.5", "4");
        assertEquals(List.of(row("MILESTONE", q1, true), row("MILESTONE", unverified, false), row("MILESTONE", q2, true),
                row("MILESTONE", q3, false)), rows(fa));
        assertEquals("核验部分完成，计 0.5（核验日期 2026-07-01）", fa.rows().get(2).note());
        assertEquals("未核验，计 0", fa.rows().get(1).note());
        assertNothingToCount(figures.get(b));

        ComputedFigure partlyFull = compute("GOAL_COMPLETION_RATE", Set.of(a), START, END,
                Map.of("partlyCounts", BigDecimal.ONE)).get(a);
        assertFigure(partlyFull, "0.5", "2", "4");
    }

    private static long goal(long unit, int ordinal, String status) {
        return insert("""
                INSERT INTO duty_goal (unit_id, year, ordinal, title, target_kind, target_text, status)
                VALUES (?, 2026, ?, ?, 'QUALITATIVE', '完成年度任务', ?) RETURNING id""", unit, ordinal, "测试目标" + ordinal, status);
    }

    private static long milestone(long goal, int quarter, LocalDate due) {
        return insert("INSERT INTO duty_goal_milestone (goal_id, quarter, description, due_on) VALUES (?, ?, ?, ?) RETURNING id",
                goal, quarter, "第" + quarter + "季度节点", due);
    }

    private static void verify(long goal, long milestone, LocalDate on, String result) {
        exec("""
                INSERT INTO goal_verification (goal_id, milestone_id, verified_on, people, methods, findings, result, recorded_by_name)
                VALUES (?, ?, ?, '测试组', ARRAY['DOCUMENTS'], '核验情况', ?, '测试')""", goal, milestone, on, result);
    }
}
