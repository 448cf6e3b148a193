package cn.lvzhi.evaluation.schemes.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Put a draft in force for its year (the version read); the one in force before is superseded. */
@Input("ActivateEvaluationSchemeInput")
public class ActivateEvaluationSchemeInput {
    @NonNull @Id
    public Long id;
    @NonNull
    public Integer version;
}
