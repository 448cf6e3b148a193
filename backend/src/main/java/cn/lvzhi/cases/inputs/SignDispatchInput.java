package cn.lvzhi.cases.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The handler signs for (签收) a dispatch. */
@Input("SignDispatchInput")
public class SignDispatchInput {
    @Id
    @NonNull
    public Long dispatchId;
}
