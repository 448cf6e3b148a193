package cn.lvzhi.evaluation.goals;

import cn.lvzhi.mandates.Duty;
import cn.lvzhi.org.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the coverage report (目标覆盖情况) from a region's units, their duties in force and their goals of a year. */
final class GoalCoverages {
    private GoalCoverages() {
    }

    static List<GoalCoverage> of(List<Unit> units, List<Duty> duties, List<DutyGoal> goals) {
        Map<Long, List<Duty>> dutiesOf = new HashMap<>();
        duties.forEach(d -> dutiesOf.computeIfAbsent(d.unitId, k -> new ArrayList<>()).add(d));
        Map<Long, List<DutyGoal>> goalsOf = new HashMap<>();
        goals.forEach(g -> goalsOf.computeIfAbsent(g.unitId, k -> new ArrayList<>()).add(g));
        List<GoalCoverage> rows = new ArrayList<>();
        for (Unit u : units) {
            List<Duty> own = dutiesOf.getOrDefault(u.id, List.of());
            List<DutyGoal> unitGoals = goalsOf.getOrDefault(u.id, List.of());
            if (own.isEmpty() && unitGoals.isEmpty()) {
                continue;
            }
            Set<Long> served = new HashSet<>();
            unitGoals.forEach(g -> served.add(g.dutyId));
            List<Duty> uncovered = own.stream().filter(d -> !served.contains(d.id)).toList();
            rows.add(new GoalCoverage(u, own.size(), own.size() - uncovered.size(), unitGoals.size(), uncovered,
                    unitGoals.stream().filter(g -> g.dutyId == null).toList()));
        }
        return rows;
    }
}
