package cn.lvzhi.evaluation.surveys.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Design a questionnaire (设计问卷): title, introduction, the round it serves and the units it assesses, its questions. */
@Input("CreateQuestionnaireInput")
public class CreateQuestionnaireInput {
    @NonNull @Text(label = "问卷标题", max = 200, singleLine = true) public String title;
    @Text(label = "问卷说明", max = 2000, required = false) public String intro;
    @Id @Description("An evaluation round of the region it serves") public Long roundId;
    @Id @Description("Departments or townships of the region it assesses (社会各界评部门: the departments rated)")
    @Size(max = 100, message = "被评单位最多 100 个 (at most 100 assessed units)")
    public List<@NonNull Long> targetUnitIds;
    @NonNull @Size(max = 60, message = "题目最多 60 道 (at most 60 questions)")
    public List<@NonNull @Valid QuestionInput> questions;
}
