package cn.lvzhi.evaluation.goals.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.evaluation.goals.ReviewDecision;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 accepts a submitted goal or returns it with a comment. */
@Input("ReviewDutyGoalInput")
public class ReviewDutyGoalInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @NonNull public ReviewDecision decision;
    @Description("Required when returning: what the unit must change")
    @Text(label = "审核意见", max = 2000, required = false)
    public String comment;
}
