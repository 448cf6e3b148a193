package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Why a hop still open (or replied and unrated) is closed unfinished when the case closes or the hop above replies. */
@Input("HopReasonInput")
public class HopReasonInput {
    @Id
    @NonNull
    public Long dispatchId;
    @NonNull
    @Text(label = "关闭理由", max = 1000)
    public String reason;
}
