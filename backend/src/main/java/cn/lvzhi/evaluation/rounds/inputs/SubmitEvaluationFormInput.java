package cn.lvzhi.evaluation.rounds.inputs;

import cn.lvzhi.evaluation.SubmissionForm;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Declare a form submitted (报送), e.g. the goal progress reported for the round's period. */
@Input("SubmitEvaluationFormInput")
public class SubmitEvaluationFormInput {
    @NonNull @Id public Long roundId;
    @NonNull @Description("Any form but SELF_ASSESSMENT (submitSelfAssessment) and REPLY (replyToEvaluationMarks)")
    public SubmissionForm form;
}
