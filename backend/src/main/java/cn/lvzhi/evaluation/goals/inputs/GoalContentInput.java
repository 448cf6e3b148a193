package cn.lvzhi.evaluation.goals.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.evaluation.goals.TargetKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a unit writes of a goal (目标内容): title, the 三定 duty and optional power item of its own unit, the target
 * (quantity + unit, or a description), the responsible office and 1–4 quarterly milestones. Rules over several fields
 * are in {@code GoalRules}.
 */
@Input("GoalContentInput")
public class GoalContentInput {
    @NonNull
    @Text(label = "目标名称", max = 300, singleLine = true)
    public String title;
    @Id
    @Description("A duty of the unit's 三定 (mandate); may be left out for a goal outside it")
    public Long dutyId;
    @Id
    @Description("A power item (权力事项) of the unit")
    public Long powerItemId;
    @Id
    @Description("An internal office (内设机构) of the unit")
    public Long officeId;
    @NonNull
    @NotNull(message = "须选择目标类型 (⟨field⟩: target kind required)")
    public TargetKind targetKind;
    @DecimalMin(value = "0.01", message = "目标数量须大于 0 (⟨field⟩: greater than 0)")
    public BigDecimal targetQuantity;
    @Text(label = "计量单位", max = 20, required = false, singleLine = true)
    public String targetUnit;
    @Text(label = "定性目标", max = 2000, required = false)
    public String targetText;
    @NonNull
    @NotNull(message = "须填写季度节点 (⟨field⟩: milestones required)")
    @Size(min = 1, max = 4, message = "季度节点须为 1 至 4 个 (⟨field⟩: 1 to 4 milestones)")
    public List<@NonNull @Valid MilestoneInput> milestones;
}
