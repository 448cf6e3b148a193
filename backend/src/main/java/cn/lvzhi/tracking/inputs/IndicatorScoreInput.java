package cn.lvzhi.tracking.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

/** The score of one indicator of a template, or that it does not apply. */
@Input("IndicatorScoreInput")
public class IndicatorScoreInput {
    @NonNull public String indicatorCode;
    @NonNull public Boolean notApplicable;
    @Description("Points earned; absent when not applicable") public BigDecimal earned;
    @Text(label = "佐证材料", max = 4000, required = false) public String evidence;
}
