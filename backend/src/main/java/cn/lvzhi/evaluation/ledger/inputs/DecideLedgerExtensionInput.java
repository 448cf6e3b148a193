package cn.lvzhi.evaluation.ledger.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 approves or refuses a pending extension request (审批延期). */
@Input("DecideLedgerExtensionInput")
public class DecideLedgerExtensionInput {
    @NonNull @Id public Long extensionId;
    @NonNull @Description("The item's version as the caller saw it") public Integer version;
    @NonNull public Boolean approve;
    @Text(label = "审批意见", max = 1000, required = false) public String note;
}
