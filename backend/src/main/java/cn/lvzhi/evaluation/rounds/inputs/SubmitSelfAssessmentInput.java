package cn.lvzhi.evaluation.rounds.inputs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Submit the unit's self-assessment (报送自评表): one entry per applicable indicator. */
@Input("SubmitSelfAssessmentInput")
public class SubmitSelfAssessmentInput {
    @NonNull @Id public Long roundId;
    @NonNull @Size(min = 1, max = 500, message = "须逐项填写自评 (one entry per applicable indicator)")
    public List<@NonNull @Valid SelfAssessmentEntryInput> entries;
}
