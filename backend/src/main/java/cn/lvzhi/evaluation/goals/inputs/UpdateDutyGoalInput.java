package cn.lvzhi.evaluation.goals.inputs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The unit edits a goal while it is a draft or returned; the version guards against a stale edit. */
@Input("UpdateDutyGoalInput")
public class UpdateDutyGoalInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @NonNull @NotNull @Valid public GoalContentInput content;
}
