package cn.lvzhi.cases.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Urge (催办) the handler of an open dispatch. */
@Input("RemindDispatchInput")
public class RemindDispatchInput {
    @Id
    @NonNull
    public Long dispatchId;
    @NonNull
    public String message;
}
