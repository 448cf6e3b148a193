package cn.lvzhi.evaluation.goals.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A quarterly milestone (季度节点) of a goal as the unit drafts it. */
@Input("GoalMilestoneInput")
public class MilestoneInput {
    static final String QUARTER = "季度须为 1 至 4 (⟨field⟩: quarter 1..4)";

    @NonNull
    @NotNull(message = QUARTER)
    @Min(value = 1, message = QUARTER)
    @Max(value = 4, message = QUARTER)
    public Integer quarter;
    @NonNull
    @Text(label = "节点内容", max = 1000)
    public String description;
    @NonNull
    @Description("Inside the goal's year")
    public LocalDate dueOn;
    @Description("For a quantity target: the cumulative quantity due by then, at most the target")
    @DecimalMin(value = "0", message = "节点数量不能为负 (⟨field⟩: not negative)")
    public BigDecimal dueQuantity;

    public MilestoneInput() {
    }

    public MilestoneInput(Integer quarter, String description, LocalDate dueOn, BigDecimal dueQuantity) {
        this.quarter = quarter;
        this.description = description;
        this.dueOn = dueOn;
        this.dueQuantity = dueQuantity;
    }
}
