package cn.lvzhi.evaluation.goals;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Narrows the duty goals listed: a year, a unit, a status. */
@Input("DutyGoalFilter")
public class DutyGoalFilter {
    public Integer year;
    @Id
    public Long unitId;
    public GoalStatus status;
}
