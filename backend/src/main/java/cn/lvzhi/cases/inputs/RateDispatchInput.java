package cn.lvzhi.cases.inputs;

import cn.lvzhi.cases.RatingLevel;
import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The dispatching unit rates (评价) a replied dispatch; a comment is required when unsatisfied. */
@Input("RateDispatchInput")
public class RateDispatchInput {
    @Id
    @NonNull
    public Long dispatchId;
    @NonNull
    public RatingLevel level;
    @Text(label = "评价意见", max = 2000, required = false)
    public String comment;
}
