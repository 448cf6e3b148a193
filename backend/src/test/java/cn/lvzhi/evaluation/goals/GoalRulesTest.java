package cn.lvzhi.evaluation.goals;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.goals.inputs.GoalContentInput;
import cn.lvzhi.evaluation.goals.inputs.MilestoneInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The content and workflow rules of a goal, as tables. */
class GoalRulesTest {
    static GoalContentInput quantity(BigDecimal target, String unit, MilestoneInput... milestones) {
        GoalContentInput c = new GoalContentInput();
        c.title = "行政检查";
        c.targetKind = TargetKind.QUANTITY;
        c.targetQuantity = target;
        c.targetUnit = unit;
        c.milestones = new ArrayList<>(List.of(milestones));
        return c;
    }

    static MilestoneInput m(int quarter, String due, Integer quantity) {
        return new MilestoneInput(quarter, "节点", LocalDate.parse(due), quantity == null ? null : BigDecimal.valueOf(quantity));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // case,                           target, unit, q1, due1,        qty1, q2, due2,        qty2, field (- = valid)
            "valid,                            100,    件,   1,  2026-03-31, 20,   4,  2026-12-31, 100,  -",
            "the last day of the year,         100,    件,   4,  2026-12-31, -,    2,  2026-06-30, -,    -",
            "milestone next year,              100,    件,   1,  2026-03-31, -,    4,  2027-01-05, -,    input.content.milestones[1].dueOn",
            "milestone last year,              100,    件,   1,  2025-12-31, -,    2,  2026-06-30, -,    input.content.milestones[0].dueOn",
            "quarter twice,                    100,    件,   2,  2026-03-31, -,    2,  2026-06-30, -,    input.content.milestones[1].quarter",
            "milestone above the target,       100,    件,   1,  2026-03-31, 101,  2,  2026-06-30, -,    input.content.milestones[0].dueQuantity",
            "quantity without unit,            100,    -,    1,  2026-03-31, -,    2,  2026-06-30, -,    input.content.targetUnit",
            "unit without quantity,            -,      件,   1,  2026-03-31, -,    2,  2026-06-30, -,    input.content.targetQuantity",
    })
    void quantityTargets(String name, BigDecimal target, String unit, int q1, String due1, Integer qty1, int q2, String due2,
                         Integer qty2, String field) {
        GoalContentInput c = quantity(target, unit, m(q1, due1, qty1), m(q2, due2, qty2));
        if (field == null) {
            GoalRules.content(2026, c);
        } else {
            assertEquals(field, assertThrows(ValidationException.class, () -> GoalRules.content(2026, c)).field());
        }
    }

    @Test
    void aQualitativeTargetNeedsItsTextAndItsMilestonesNoQuantity() {
        GoalContentInput c = quantity(null, null, m(1, "2026-03-31", null));
        c.targetKind = TargetKind.QUALITATIVE;
        assertEquals("input.content.targetText", assertThrows(ValidationException.class, () -> GoalRules.content(2026, c)).field());
        c.targetText = "建立健全生态环境执法“双随机、一公开”机制";
        GoalRules.content(2026, c);
        c.milestones.set(0, m(1, "2026-03-31", 5));
        assertEquals("input.content.milestones[0].dueQuantity",
                assertThrows(ValidationException.class, () -> GoalRules.content(2026, c)).field());
    }

    @ParameterizedTest(name = "{0}: editable {1}")
    @CsvSource({"DRAFT, true", "RETURNED, true", "SUBMITTED, false", "ACCEPTED, false", "PUBLISHED, false"})
    void onlyDraftsAndReturnedGoalsChange(GoalStatus status, boolean editable) {
        DutyGoal g = new DutyGoal();
        g.status = status;
        if (editable) {
            GoalRules.editable(g);
        } else {
            assertThrows(ConflictException.class, () -> GoalRules.editable(g));
        }
    }

    @Test
    void aVerificationIsDatedInsideTheGoalsYearUpToToday() {
        DutyGoal g = new DutyGoal();
        g.year = 2026;
        LocalDate today = LocalDate.of(2026, 9, 1);
        GoalRules.verifiedOn(g, LocalDate.of(2026, 1, 1), today);
        GoalRules.verifiedOn(g, today, today);
        assertThrows(ValidationException.class, () -> GoalRules.verifiedOn(g, LocalDate.of(2025, 12, 31), today));
        assertThrows(ValidationException.class, () -> GoalRules.verifiedOn(g, LocalDate.of(2026, 9, 2), today));
    }

    @Test
    void aStaleVersionNamesTheCurrentOne() {
        DutyGoal g = new DutyGoal();
        g.version = 3;
        GoalRules.version(g, 3);
        assertEquals(true, assertThrows(ConflictException.class, () -> GoalRules.version(g, 2)).getMessage().contains("当前版本 3"));
    }
}
