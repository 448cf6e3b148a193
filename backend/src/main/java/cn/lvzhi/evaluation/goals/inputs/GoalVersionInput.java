package cn.lvzhi.evaluation.goals.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A goal as the caller last saw it (delete, submit one): its id and version. */
@Input("GoalVersionInput")
public class GoalVersionInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
}
