package cn.lvzhi.evaluation.surveys.inputs;

import cn.lvzhi.common.validation.Text;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The answer to one question: the chosen options, a scale value or a text. */
@Input("QuestionnaireAnswerInput")
public class AnswerInput {
    @NonNull @Description("0-based position of the question") public Integer question;
    @Description("0-based positions of the chosen options")
    @Size(max = 20, message = "所选选项过多 (too many options chosen)")
    public List<@NonNull Integer> choices;
    public Integer value;
    @Text(label = "文字回答", max = 2000, required = false) public String text;
}
