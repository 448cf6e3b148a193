package cn.lvzhi.cases.inputs;

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
    public String reason;
}
