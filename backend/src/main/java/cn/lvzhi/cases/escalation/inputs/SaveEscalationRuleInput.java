package cn.lvzhi.cases.escalation.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A district's 催督办规则 for one case category, or (no category) the district's default. */
@Input("SaveEscalationRuleInput")
public class SaveEscalationRuleInput {
    static final String WARN = "临期提醒须为提前 0 至 240 个工作小时 (⟨field⟩: 0..240 working hours)";
    static final String ESCALATE = "督办须为超期 1 至 30 个工作日，不督办则不填 (⟨field⟩: 1..30 working days, or empty)";

    @Id
    @Description("The category as a list item (协同、属地或边界清单事项); with categoryText empty")
    public Long categoryItemId;
    @Text(label = "事件类别", max = 100, required = false, singleLine = true)
    @Description("The category as a free text; neither this nor categoryItemId: the district's default")
    public String categoryText;
    @NonNull
    @NotNull(message = WARN)
    @Min(value = 0, message = WARN)
    @Max(value = 240, message = WARN)
    @Description("临期提醒: working hours before the deadline (0: none)")
    public Integer warnBeforeHours;
    @NonNull
    @NotNull(message = "请选择是否到期催办 (⟨field⟩: required)")
    @Description("催办 by the system at the deadline")
    public Boolean remindAtDeadline;
    @Min(value = 1, message = ESCALATE)
    @Max(value = 30, message = ESCALATE)
    @Description("督办: working days past the deadline (empty: never)")
    public Integer escalateAfterDays;
    @Description("The version of the rule being changed; empty for a new rule")
    public Integer version;
}
