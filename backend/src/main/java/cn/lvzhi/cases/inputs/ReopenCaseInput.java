package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The originator or the district command centre reopens (重办) a closed case, with a reason. */
@Input("ReopenCaseInput")
public class ReopenCaseInput {
    @Id
    @NonNull
    public Long caseId;
    @NonNull
    @Description("The case's version as the caller saw it; a stale one is CONFLICT")
    public Integer caseVersion;
    @NonNull
    @Text(label = "重办理由", max = 1000)
    public String reason;
    @Description("Idempotency key chosen by the client; a retry returns the case as the first reopening left it")
    @Text(label = "幂等键", max = 100, required = false, singleLine = true)
    public String clientKey;
}
