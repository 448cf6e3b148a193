package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The command centre accepts (受理) a reported case. */
@Input("AcceptCaseInput")
public class AcceptCaseInput {
    @Id
    @NonNull
    public Long caseId;
    @Text(label = "受理意见", max = 1000, required = false)
    public String note;
}
