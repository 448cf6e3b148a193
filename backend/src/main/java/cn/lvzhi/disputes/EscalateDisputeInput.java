package cn.lvzhi.disputes;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Move the dispute to the next rung, with the reason. */
@Input("EscalateDisputeInput")
public class EscalateDisputeInput {
    @Id
    @NonNull
    public Long disputeId;
    @NonNull
    public DisputeRung rung;
    @NonNull
    @Text(label = "提请上一级协调的理由", max = 5000)
    public String opinion;
}
