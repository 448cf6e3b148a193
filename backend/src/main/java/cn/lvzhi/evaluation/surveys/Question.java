package cn.lvzhi.evaluation.surveys;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/**
 * One question of a questionnaire, as stored (in order) and shown: its kind, text, whether an answer is required,
 * the options of a choice, and the range and end labels of a scale (1 to {@code scaleMax}).
 */
@Type("QuestionnaireQuestion")
public record Question(@NonNull QuestionKind kind, @NonNull String text, @NonNull boolean required,
                       @NonNull List<@NonNull String> options,
                       @Description("SCALE: the highest value (5 or 10); the lowest is 1") Integer scaleMax,
                       @Description("SCALE: the label of 1, e.g. 很不满意") String lowLabel,
                       @Description("SCALE: the label of the highest value, e.g. 很满意") String highLabel) {
    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
