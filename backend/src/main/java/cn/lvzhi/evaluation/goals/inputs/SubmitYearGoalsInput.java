package cn.lvzhi.evaluation.goals.inputs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The unit submits all its draft and returned goals of a year at once. */
@Input("SubmitYearGoalsInput")
public class SubmitYearGoalsInput {
    @NonNull @Id public Long unitId;
    @NonNull @NotNull(message = DraftDutyGoalInput.YEAR) @Min(value = 2000, message = DraftDutyGoalInput.YEAR)
    @Max(value = 2100, message = DraftDutyGoalInput.YEAR) public Integer year;
}
