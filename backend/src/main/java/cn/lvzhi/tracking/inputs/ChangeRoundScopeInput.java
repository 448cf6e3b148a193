package cn.lvzhi.tracking.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.tracking.TrackingScopePolicy;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Add a matter to, or drop it from, a round's scope, with the reason. */
@Input("ChangeRoundScopeInput")
public class ChangeRoundScopeInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long matterId;
    @NonNull @Description("true adds the matter, false drops it") public Boolean include;
    /** Required by TrackingScopePolicy, which names the rule; the constraint bounds its length. */
    @NonNull @Text(label = "理由", max = 2000, required = false) public String reason;
}
