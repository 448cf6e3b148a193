package cn.lvzhi.evaluation.peer.inputs;

import cn.lvzhi.evaluation.peer.PeerKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A rule of the peer matrix: units of one kind rate units of a kind, so many raters per target. */
@Input("PeerRuleInput")
public class PeerRuleInput {
    @NonNull public PeerKind raterKind;
    @NonNull public PeerKind targetKind;
    @NonNull @Min(value = 1, message = "每个被评单位至少 1 个评价单位 (at least 1 rater per target)")
    @Max(value = 100, message = "每个被评单位最多 100 个评价单位 (at most 100 raters per target)")
    public Integer ratersPerTarget;
}
