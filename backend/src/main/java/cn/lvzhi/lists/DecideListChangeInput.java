package cn.lvzhi.lists;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The establishment office's decision on a proposal (审核). */
@Input("DecideListChangeInput")
public class DecideListChangeInput {
    @NonNull
    @Id
    public Long changeId;
    @NonNull
    @Description("true approves (and publishes a new version), false rejects")
    public Boolean approve;
    @Description("Required when rejecting (驳回理由)")
    @Text(label = "驳回理由", max = 2000, required = false)
    public String reason;
}
