package cn.lvzhi.evaluation.goals.inputs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 publishes the accepted goals of a year of its region. */
@Input("PublishDutyGoalsInput")
public class PublishDutyGoalsInput {
    @NonNull @NotNull(message = DraftDutyGoalInput.YEAR) @Min(value = 2000, message = DraftDutyGoalInput.YEAR)
    @Max(value = 2100, message = DraftDutyGoalInput.YEAR) public Integer year;
}
