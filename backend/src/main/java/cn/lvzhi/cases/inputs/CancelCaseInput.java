package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The reporter or the command centre cancels (撤销) a case not yet dispatched. */
@Input("CancelCaseInput")
public class CancelCaseInput {
    @Id
    @NonNull
    public Long caseId;
    @NonNull
    @Text(label = "撤销理由", max = 1000)
    public String reason;
}
