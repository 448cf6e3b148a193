package cn.lvzhi.evaluation.fieldwork.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 raises a problem for the ledger from a letter's reply (INQUIRY). */
@Input("RaiseFieldworkInquiryProblemInput")
public class RaiseFieldworkInquiryProblemInput {
    @NonNull @Id public Long letterId;
    @NonNull @Text(label = "发现问题", max = 2000) public String description;
}
