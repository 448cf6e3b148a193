package cn.lvzhi.evaluation.rounds.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

/** 编办 corrects a published final score (公布后更正), always with a reason; the change is flagged and audited. */
@Input("CorrectPublishedScoreInput")
public class CorrectPublishedScoreInput {
    @NonNull @Id public Long scoreId;
    @NonNull public Integer version;
    @NonNull public BigDecimal score;
    @NonNull @Text(label = "更正理由", max = 2000) public String reason;
}
