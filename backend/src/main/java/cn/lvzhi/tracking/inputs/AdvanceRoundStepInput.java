package cn.lvzhi.tracking.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.tracking.TrackingStep;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** Move a tracking round to its next step (跟踪评估步骤). */
@Input("AdvanceRoundStepInput")
public class AdvanceRoundStepInput {
    @NonNull @Id public Long roundId;
    @NonNull public Integer version;
    @NonNull @Description("The step entered: must be the one right after the current") public TrackingStep step;
    @Description("The date of the step; today when absent") public LocalDate doneOn;
    @Text(label = "说明", max = 2000, required = false) public String note;
}
