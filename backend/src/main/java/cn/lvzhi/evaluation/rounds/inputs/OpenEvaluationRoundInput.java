package cn.lvzhi.evaluation.rounds.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.EvaluationPeriodKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/** Open an evaluation round (开启评估批次): scheme, period, units in scope and the deadlines of each form. */
@Input("OpenEvaluationRoundInput")
public class OpenEvaluationRoundInput {
    @NonNull @Text(label = "批次名称", max = 200, singleLine = true) public String name;
    @NonNull @Id @Description("An ACTIVE or SUPERSEDED scheme of the region") public Long schemeId;
    @NonNull public EvaluationPeriodKind periodKind;
    @NonNull @Description("The first day of the month, quarter, half-year or year") public LocalDate periodStart;
    @NonNull @Description("The last day of that period") public LocalDate periodEnd;
    @Description("Every department or township of the region in these categories is in scope")
    @Size(max = 7, message = "评估类别最多 7 个 (at most 7 categories)")
    public List<@NonNull EvaluationCategory> categories;
    @Description("Departments or townships of the region picked one by one (added to those of the categories)")
    @Size(max = 500, message = "最多选择 500 个单位 (at most 500 units)")
    @Id public List<@NonNull Long> unitIds;
    @Description("Units of a category below this many are shown but not ranked; 3 when absent")
    @Min(value = 1, message = "最小排名样本须在 1 至 100 之间 (⟨field⟩ must be 1..100)")
    @Max(value = 100, message = "最小排名样本须在 1 至 100 之间 (⟨field⟩ must be 1..100)")
    public Integer minRankSample;
    @Id @Description("The round this one is compared with") public Long previousRoundId;
    @NonNull @Size(min = 1, max = 40, message = "须设定报送时限，自评表必设 (deadlines are required, the self-assessment's at least)")
    @Description("Per form (SELF_ASSESSMENT required), optionally overridden per unit")
    public List<@NonNull @Valid DeadlineInput> deadlines;
}
