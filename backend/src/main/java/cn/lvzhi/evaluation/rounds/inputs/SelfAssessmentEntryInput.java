package cn.lvzhi.evaluation.rounds.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.util.List;

/** A unit's self-assessment of one indicator (自评): its score, a note and its evidence files. */
@Input("SelfAssessmentEntryInput")
public class SelfAssessmentEntryInput {
    @NonNull @Text(label = "指标编号", max = 40, singleLine = true) public String indicatorCode;
    @NonNull @Description("Between 0 and the indicator's points") public BigDecimal selfScore;
    @Text(label = "自评说明", max = 2000, required = false) public String note;
    @Description("For a SELF_REPORT indicator: the figure the unit reports (rate, count, quantity)") public BigDecimal figure;
    @Size(max = 20, message = "每项指标最多 20 个佐证文件 (at most 20 files)")
    @Description("Evidence files uploaded by the unit") @Id public List<@NonNull Long> fileIds;
}
