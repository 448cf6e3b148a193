package cn.lvzhi.evaluation.schemes.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Start a new version (a draft copied from it) of a scheme that can no longer change. */
@Input("SupersedeEvaluationSchemeInput")
public class SupersedeEvaluationSchemeInput {
    @NonNull @Id
    public Long id;
}
