package cn.lvzhi.evaluation.forms.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.util.List;

/** A row of the 年度职能运行成效表 as the unit writes it: one of its published goals. */
@Input("OperationResultRowInput")
public class OperationRowInput {
    @NonNull @Id public Long goalId;
    @Text(label = "工作完成情况", max = 4000, required = false)
    public String done;
    @Description("The figure reached (完成数值)")
    @DecimalMin(value = "0", message = "完成数值不能为负 (the figure cannot be negative)")
    public BigDecimal figure;
    @Description("Whether the goal's target was met")
    public Boolean met;
    @DecimalMin(value = "0", message = "自评分不能为负 (the self-score cannot be negative)")
    public BigDecimal selfScore;
    @Size(max = 20, message = "佐证文件最多 20 个 (at most 20 files)")
    @Id public List<@NonNull Long> fileIds;
}
