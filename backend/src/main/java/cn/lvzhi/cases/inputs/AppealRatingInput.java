package cn.lvzhi.cases.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The rated unit appeals (申诉) a rating, once. */
@Input("AppealRatingInput")
public class AppealRatingInput {
    @Id
    @NonNull
    public Long ratingId;
    @NonNull
    @Text(label = "申诉理由", max = 2000)
    public String reason;
}
