package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
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
    @Text(label = "催办内容", max = 500)
    public String message;
}
