package cn.lvzhi.evaluation.ledger.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.evaluation.results.ProblemSource;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** 编办 opens a ledger item by hand: a problem found outside the fieldwork (OTHER) or a 跟踪问效 rectification (TRACKING). */
@Input("OpenLedgerItemInput")
public class OpenLedgerItemInput {
    static final String DAYS = "整改期限须为 1 至 250 个工作日 (⟨field⟩: 1 to 250 working days)";

    @NonNull @Id public Long unitId;
    @Id @Description("The evaluation round it belongs to, if any (a round of the region holding the unit)") public Long roundId;
    @NonNull @Description("OTHER or TRACKING") public ProblemSource source;
    @Id @Description("For TRACKING: the 跟踪问效 rectification of the same unit it comes from") public Long trackingRectificationId;
    @NonNull @Text(label = "问题描述", max = 2000) public String description;
    @Description("Working days to rectify; left out: the configured default (20)")
    @Min(value = 1, message = DAYS) @Max(value = 250, message = DAYS) public Integer dueWorkingDays;
    @Description("整改措施 to start with")
    @Size(max = 20, message = "整改措施最多 20 项 (⟨field⟩: at most 20 actions)")
    public List<@NonNull @Text(label = "整改措施", max = 500) String> actions;
}
