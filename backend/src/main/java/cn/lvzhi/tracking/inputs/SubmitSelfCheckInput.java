package cn.lvzhi.tracking.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A unit submits its self-check (自评自查) of a matter of a round. */
@Input("SubmitSelfCheckInput")
public class SubmitSelfCheckInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long matterId;
    @NonNull @Text(label = "自评自查内容", max = 8000) public String text;
}
