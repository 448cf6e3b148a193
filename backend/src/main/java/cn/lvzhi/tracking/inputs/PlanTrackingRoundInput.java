package cn.lvzhi.tracking.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** Plan a tracking round (跟踪评估批次) as of a date. */
@Input("PlanTrackingRoundInput")
public class PlanTrackingRoundInput {
    @NonNull @Text(label = "批次名称", max = 200, singleLine = true) public String name;
    @NonNull @Description("Matters approved 6–12 months before this date are proposed; at most two years ahead") public LocalDate planDate;
}
