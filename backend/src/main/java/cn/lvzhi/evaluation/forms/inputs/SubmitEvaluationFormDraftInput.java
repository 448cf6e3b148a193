package cn.lvzhi.evaluation.forms.inputs;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Submits the saved draft of a “1+3” form as its next version. */
@Input("SubmitEvaluationFormDraftInput")
public class SubmitEvaluationFormDraftInput {
    @NonNull @Id public Long submissionId;
    @NonNull @Description("The draft version being submitted; a stale one is a CONFLICT")
    public Integer version;
}
