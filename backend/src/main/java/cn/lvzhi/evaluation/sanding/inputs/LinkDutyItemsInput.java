package cn.lvzhi.evaluation.sanding.inputs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** 编办 sets the list items that carry a duty (its 权责事项, 职责任务, 边界/协同/属地事项), replacing the earlier links. */
@Input("LinkDutyItemsInput")
public class LinkDutyItemsInput {
    @NonNull @Id public Long dutyId;
    @NonNull @Id @NotNull(message = "须给出清单事项 (⟨field⟩: items required)")
    @Size(max = 50, message = "一条职责至多关联 50 项清单事项 (⟨field⟩: at most 50 items)")
    @Description("Every item linked to the duty after the change (empty: no link)")
    public List<@NonNull Long> itemIds;
}
