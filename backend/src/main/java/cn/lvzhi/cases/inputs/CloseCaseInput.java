package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The command centre closes (结案) a completed case, or one it handled itself after accepting it. */
@Input("CloseCaseInput")
public class CloseCaseInput {
    @Id
    @NonNull
    public Long caseId;
    @Text(label = "结案意见", max = 1000, required = false)
    public String note;
}
