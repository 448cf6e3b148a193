package cn.lvzhi.evaluation.peer.inputs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;

/** 编办 sets a round's peer rules (互评规则), the rating window and the trimming rule. */
@Input("SavePeerRulesInput")
public class SavePeerRulesInput {
    @NonNull @Id public Long roundId;
    @Description("The set-up's version when it exists (omit the first time)")
    public Integer version;
    @Description("When rating closes; none: until the round is published")
    public OffsetDateTime closesAt;
    @Description("Drop the highest and lowest rating from this many ratings on (default 5)")
    @Min(value = 3, message = "去掉最高最低分的起始人数至少为 3 (at least 3)")
    @Max(value = 100, message = "去掉最高最低分的起始人数至多为 100 (at most 100)")
    public Integer trimFrom;
    @NonNull @Size(min = 1, max = 3, message = "须设置 1 至 3 条互评规则 (1 to 3 rules)")
    public List<@NonNull @Valid PeerRuleInput> rules;
}
