package cn.lvzhi.cases.inputs;

import cn.lvzhi.cases.AppealStatus;
import cn.lvzhi.cases.RatingLevel;
import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The district command centre upholds or revises a rating under appeal, with reasons. */
@Input("DecideAppealInput")
public class DecideAppealInput {
    @Id
    @NonNull
    public Long appealId;
    @NonNull
    @Description("UPHELD or REVISED")
    public AppealStatus outcome;
    @Description("REVISED: the new level")
    public RatingLevel revisedLevel;
    @NonNull
    @Text(label = "处理理由", max = 2000)
    public String reason;
}
