package cn.lvzhi.evaluation.rounds.inputs;

import cn.lvzhi.common.validation.Text;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 编办 returns a submission to its unit with a comment (退回), to be submitted again before the lock. */
@Input("ReturnEvaluationSubmissionInput")
public class ReturnEvaluationSubmissionInput {
    @NonNull @Id public Long submissionId;
    @NonNull public Integer version;
    @NonNull @Text(label = "退回意见", max = 2000) public String comment;
}
