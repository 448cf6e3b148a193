package cn.lvzhi.evaluation.surveys.inputs;

import cn.lvzhi.common.validation.Text;
import cn.lvzhi.evaluation.surveys.QuestionKind;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** One question as designed: kind, text, required, the options of a choice, the range and end labels of a scale. */
@Input("QuestionnaireQuestionInput")
public class QuestionInput {
    @NonNull public QuestionKind kind;
    @NonNull @Text(label = "题目", max = 500) public String text;
    @Description("An answer is required (false when absent)") public Boolean required;
    @Description("SINGLE_CHOICE / MULTIPLE_CHOICE: 2 to 20 options, in order")
    @Size(max = 20, message = "选项最多 20 个 (at most 20 options)")
    public List<@NonNull @Text(label = "选项", max = 200, singleLine = true) String> options;
    @Description("SCALE: 5 or 10 (values 1..scaleMax)") public Integer scaleMax;
    @Text(label = "量表低端说明", max = 20, singleLine = true, required = false) public String lowLabel;
    @Text(label = "量表高端说明", max = 20, singleLine = true, required = false) public String highLabel;
}
