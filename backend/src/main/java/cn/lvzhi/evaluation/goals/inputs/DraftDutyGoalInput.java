package cn.lvzhi.evaluation.goals.inputs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A unit drafts a goal of its own for a year. */
@Input("DraftDutyGoalInput")
public class DraftDutyGoalInput {
    static final String YEAR = "年度须在 2000 至 2100 之间 (⟨field⟩: year 2000..2100)";

    @NonNull @Id public Long unitId;
    @NonNull @NotNull(message = YEAR) @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) public Integer year;
    @NonNull @NotNull @Valid public GoalContentInput content;
}
