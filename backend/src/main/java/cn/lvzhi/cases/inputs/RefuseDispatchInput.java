package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The handler refuses (退单) a dispatch, with the reason. */
@Input("RefuseDispatchInput")
public class RefuseDispatchInput {
    @Id
    @NonNull
    public Long dispatchId;
    @NonNull
    @Text(label = "退单理由", max = 1000)
    public String reason;
}
