package cn.lvzhi.evaluation.surveys;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/**
 * The answer to one question (by its 0-based position): the chosen options' positions (single or multiple choice), the
 * value of a scale, or the text.
 */
@Type("QuestionnaireAnswer")
public record Answer(@NonNull @Description("0-based position of the question") int question,
                     @NonNull List<@NonNull Integer> choices, Integer value, String text) {
    public Answer {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
