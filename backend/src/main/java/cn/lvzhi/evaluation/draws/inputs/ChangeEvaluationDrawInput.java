package cn.lvzhi.evaluation.draws.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 changes a draw's strata and sizes; refused once its inputs are frozen. */
@Input("ChangeEvaluationDrawInput")
public class ChangeEvaluationDrawInput extends DrawDefinitionInput {
    @NonNull @Id public Long drawId;
    @NonNull public Integer version;
}
