package cn.lvzhi.evaluation.forms.inputs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Saves the draft of a “1+3” form: the rows of the form's own kind, and the draft version they were read at. */
@Input("SaveEvaluationFormInput")
public class SaveEvaluationFormInput {
    @NonNull @Id public Long submissionId;
    @NonNull @Description("The draft version read (0 before the first save); a stale one is a CONFLICT")
    public Integer version;
    @Size(max = 200, message = "最多 200 行 (at most 200 rows)")
    public List<@NonNull @Valid OperationRowInput> operations;
    @Size(max = 200, message = "最多 200 行 (at most 200 rows)")
    public List<@NonNull @Valid BoundaryRowInput> boundaries;
    @Size(max = 100, message = "最多 100 条建议 (at most 100 suggestions)")
    public List<@NonNull @Valid SuggestionInput> suggestions;
}
