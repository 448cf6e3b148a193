package cn.lvzhi.evaluation.goals.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.util.List;

/** The goal's unit reports progress (履职进展) against a milestone of a published goal. */
@Input("ReportGoalProgressInput")
public class ReportGoalProgressInput {
    @NonNull @Id public Long milestoneId;
    @NonNull @Text(label = "进展情况", max = 4000) public String report;
    @Description("For a quantity target: the cumulative quantity reached")
    @DecimalMin(value = "0", message = "完成数量不能为负 (⟨field⟩: not negative)")
    public BigDecimal quantityReached;
    @Description("Evidence files uploaded by the unit (POST /api/evaluation/files)")
    @Size(max = 20, message = "佐证材料最多 20 个 (⟨field⟩: at most 20 files)")
    @Id
    public List<@NonNull Long> fileIds;
}
