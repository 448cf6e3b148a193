package cn.lvzhi.evaluation.surveys.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Change a draft questionnaire (修改问卷) at the version read: everything it was created with. */
@Input("UpdateQuestionnaireInput")
public class UpdateQuestionnaireInput {
    @NonNull @Id public Long id;
    @NonNull public Integer version;
    @NonNull @Text(label = "问卷标题", max = 200, singleLine = true) public String title;
    @Text(label = "问卷说明", max = 2000, required = false) public String intro;
    @Id public Long roundId;
    @Id @Size(max = 100, message = "被评单位最多 100 个 (at most 100 assessed units)")
    public List<@NonNull Long> targetUnitIds;
    @NonNull @Size(max = 60, message = "题目最多 60 道 (at most 60 questions)")
    public List<@NonNull @Valid QuestionInput> questions;
}
