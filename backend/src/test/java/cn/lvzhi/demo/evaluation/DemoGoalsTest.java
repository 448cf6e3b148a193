package cn.lvzhi.demo.evaluation;

import cn.lvzhi.demo.evaluation.DemoGoals.DutyRef;
import cn.lvzhi.demo.evaluation.DemoGoals.GoalSeed;
import cn.lvzhi.demo.evaluation.DemoGoals.MilestoneSeed;
import cn.lvzhi.demo.evaluation.DemoGoals.UnitRef;
import cn.lvzhi.evaluation.goals.TargetKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo goals generator: 2–4 goals a year tied to the first duties, progress and verification never after today. */
class DemoGoalsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    static UnitRef department(String code) {
        List<DutyRef> duties = IntStream.rangeClosed(1, 8).mapToObj(i -> new DutyRef(100 + i, i, switch (i) {
            case 1 -> "贯彻执行国家、省、市关于生态环境保护工作的方针政策和法律法规。";
            case 2 -> "负责全区大气环境工作，组织实施大气环境相关政策、标准和规范，承担监督管理责任。";
            case 3 -> "负责行政审批相关行政许可、行政检查等权责事项的组织实施，指导镇街开展相关工作。";
            case 4 -> "承担水环境方面的统筹协调和业务指导，组织开展水环境监督检查。";
            default -> "负责本行业领域安全生产和消防安全工作。";
        })).toList();
        return new UnitRef(code, false, duties, List.of(11L, 12L, 13L));
    }

    @Test
    void departmentsGetTwoToFourGoalsTiedToTheirFirstDutiesLeavingOthersUncovered() {
        for (int d = 1; d <= 35; d++) {
            String code = "JZ-QH-D" + String.format("%02d", d);
            for (int year : List.of(DemoGoals.LAST_YEAR, DemoGoals.THIS_YEAR)) {
                List<GoalSeed> goals = DemoGoals.published(department(code), year, TODAY);
                assertTrue(goals.size() >= 2 && goals.size() <= 4, code + " " + goals.size());
                assertEquals(IntStream.rangeClosed(1, goals.size()).mapToObj(i -> 100L + i).toList(),
                        goals.stream().map(GoalSeed::dutyId).toList(), "the first duties, the rest uncovered");
                for (GoalSeed g : goals) {
                    assertTrue(g.title().startsWith(year + "年"), g.title());
                    assertEquals(g.kind() == TargetKind.QUANTITY, g.quantity() != null);
                    assertEquals(4, g.milestones().size());
                    g.milestones().forEach(m -> assertEquals(year, m.dueOn().getYear()));
                }
            }
        }
    }

    @Test
    void lastYearIsReportedThroughoutThisYearUpToTheThirdQuarterAndNothingIsDatedAfterToday() {
        List<MilestoneSeed> lastYear = new ArrayList<>();
        List<MilestoneSeed> thisYear = new ArrayList<>();
        for (int d = 1; d <= 35; d++) {
            UnitRef unit = department("JZ-QH-D" + String.format("%02d", d));
            DemoGoals.published(unit, DemoGoals.LAST_YEAR, TODAY).forEach(g -> lastYear.addAll(g.milestones()));
            DemoGoals.published(unit, DemoGoals.THIS_YEAR, TODAY).forEach(g -> thisYear.addAll(g.milestones()));
        }
        assertTrue(lastYear.stream().allMatch(m -> m.progress() != null), "every milestone of last year reported");
        assertTrue(lastYear.stream().filter(m -> m.verification() != null).count() > lastYear.size() / 2, "most verified");
        thisYear.stream().filter(m -> m.quarter() == 4).forEach(m -> assertNull(m.progress(), "Q4 is not due yet"));
        long q3 = thisYear.stream().filter(m -> m.quarter() == 3 && m.progress() != null).count();
        long q3All = thisYear.stream().filter(m -> m.quarter() == 3).count();
        assertTrue(q3 > q3All / 2 && q3 < q3All, "most units reported Q3, some lag: " + q3 + "/" + q3All);
        List<MilestoneSeed> verified = thisYear.stream().filter(m -> m.verification() != null).toList();
        assertTrue(verified.stream().map(m -> m.verification().result()).distinct().count() == 3, "YES, PARTLY and NO all occur");
        for (MilestoneSeed m : thisYear) {
            if (m.progress() != null) {
                assertTrue(!m.progress().reportedOn().isAfter(TODAY));
            }
            if (m.verification() != null) {
                assertNotNull(m.progress(), "verified after a report");
                assertTrue(!m.verification().verifiedOn().isAfter(TODAY));
            }
        }
    }

    @Test
    void townshipGoalsServeNoDuty() {
        List<GoalSeed> goals = DemoGoals.published(new UnitRef("JZ-QH-T01", true, List.of(), List.of()), DemoGoals.THIS_YEAR, TODAY);
        assertTrue(goals.stream().allMatch(g -> g.dutyId() == null && g.officeId() == null));
        assertEquals(goals, DemoGoals.published(new UnitRef("JZ-QH-T01", true, List.of(), List.of()), DemoGoals.THIS_YEAR, TODAY),
                "deterministic");
    }
}
