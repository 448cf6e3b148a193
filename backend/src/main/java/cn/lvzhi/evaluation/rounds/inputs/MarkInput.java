package cn.lvzhi.evaluation.rounds.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

/** 编办's mark of one indicator of a unit, with its reason. */
@Input("EvaluationMarkInput")
public class MarkInput {
    @NonNull @Text(label = "指标编号", max = 40, singleLine = true) public String indicatorCode;
    @NonNull public BigDecimal score;
    @Description("Required for a deduction, a mark other than the rule's points, or a final mark other than the first")
    @Text(label = "评分理由", max = 2000, required = false) public String reason;
}
