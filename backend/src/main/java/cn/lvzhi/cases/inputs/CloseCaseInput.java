package cn.lvzhi.cases.inputs;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The command centre closes (结案) a completed case, or one it handled itself after accepting it. */
@Input("CloseCaseInput")
public class CloseCaseInput {
    @Id
    @NonNull
    public Long caseId;
    public String note;
}
