package cn.lvzhi.evaluation.surveys.inputs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Answer a questionnaire addressed to the caller's unit or office (填写问卷), about one assessed unit. */
@Input("AnswerQuestionnaireInput")
public class AnswerQuestionnaireInput {
    @NonNull @Id public Long questionnaireId;
    @Id @Description("The assessed unit rated; required when the questionnaire assesses units") public Long targetUnitId;
    @NonNull @Size(max = 60, message = "答案最多 60 条 (at most 60 answers)")
    public List<@NonNull @Valid AnswerInput> answers;
}
