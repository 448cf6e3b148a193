package cn.lvzhi.cases.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The command centre accepts (受理) a reported case. */
@Input("AcceptCaseInput")
public class AcceptCaseInput {
    @Id
    @NonNull
    public Long caseId;
    public String note;
}
