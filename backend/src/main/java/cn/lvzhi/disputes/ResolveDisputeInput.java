package cn.lvzhi.disputes;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.lists.ItemDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Resolve the dispute by naming the lead unit (and co-operating units with their responsibilities). */
@Input("ResolveDisputeInput")
public class ResolveDisputeInput {
    @Id
    @NonNull
    public Long disputeId;
    @NonNull
    public DisputeRung rung;
    @Id
    @NonNull
    public Long leadUnitId;
    @NonNull
    @Text(label = "牵头单位职责", max = 2000)
    public String leadResponsibility;
    @Size(max = 10, message = "协同单位最多 10 个 (at most 10 co-operating units)")
    public List<@NonNull @Valid DisputePartyInput> cooperating;
    @NonNull
    @Description("The decision (裁定/协调意见)")
    @Text(label = "裁定意见", max = 5000)
    public String decision;
    @Description("Name of the boundary item drafted from the decision; default: the case's category")
    @Text(label = "边界事项名称", max = 300, required = false, singleLine = true)
    public String boundaryName;
    @Description("Scope of that boundary item; default INTER_DEPARTMENT")
    public ItemDetails.BoundaryScope boundaryScope;
}
