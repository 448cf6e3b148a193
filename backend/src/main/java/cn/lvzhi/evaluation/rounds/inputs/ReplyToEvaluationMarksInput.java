package cn.lvzhi.evaluation.rounds.inputs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The unit's reply to the first mark (反馈申辩); no replies = it accepts the marks and waives its reply. */
@Input("ReplyToEvaluationMarksInput")
public class ReplyToEvaluationMarksInput {
    @NonNull @Id public Long roundId;
    @NonNull @Size(max = 500, message = "申辩项过多 (too many replies)")
    @Description("One per deduction replied to; empty to waive the reply (无异议)")
    public List<@NonNull @Valid ReplyInput> replies;
}
