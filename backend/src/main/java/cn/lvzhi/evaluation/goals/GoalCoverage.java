package cn.lvzhi.evaluation.goals;

import cn.lvzhi.mandates.Duty;
import cn.lvzhi.org.Unit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/**
 * How a unit's goals of a year cover its 三定 (目标覆盖情况): the duties in force with no goal, and the goals tied to no
 * duty.
 */
@Type("GoalCoverage")
public record GoalCoverage(@NonNull Unit unit,
                           @NonNull @Description("Duties of the mandate in force (not cancelled or transferred out)") int dutyCount,
                           @NonNull @Description("Of them, those at least one goal of the year serves") int coveredDutyCount,
                           @NonNull int goalCount,
                           @NonNull List<@NonNull Duty> uncoveredDuties,
                           @NonNull List<@NonNull DutyGoal> goalsWithoutDuty) {
}
