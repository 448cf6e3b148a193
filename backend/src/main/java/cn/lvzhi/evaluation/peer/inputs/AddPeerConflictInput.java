package cn.lvzhi.evaluation.peer.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 registers two units that must not rate each other (互评回避), for the round or the whole region. */
@Input("AddPeerConflictInput")
public class AddPeerConflictInput {
    @NonNull @Id public Long roundId;
    @NonNull @Id public Long unitAId;
    @NonNull @Id public Long unitBId;
    @NonNull @Text(label = "回避理由", max = 500) public String reason;
    @Description("Applies to every round of the region (default: this round only)")
    public Boolean wholeRegion;
}
