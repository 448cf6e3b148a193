package cn.lvzhi.evaluation.surveys.inputs;

import cn.lvzhi.evaluation.surveys.SurveyAudience;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Publish a draft questionnaire (发布问卷) to its audience. */
@Input("PublishQuestionnaireInput")
public class PublishQuestionnaireInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @NonNull public SurveyAudience audience;
    @Id @Description("UNITS: the departments or townships of the region that answer (none of them assessed by it)")
    @Size(max = 500, message = "答卷单位最多 500 个 (at most 500 respondent units)")
    public List<@NonNull Long> respondentUnitIds;
    @Id @Description("OFFICE_HEADS: the unit whose internal offices answer (it must be the only assessed unit)")
    public Long officeUnitId;
}
