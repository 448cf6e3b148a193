package cn.lvzhi.evaluation.surveys;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/**
 * The live aggregate of a questionnaire's answers (汇总结果), about one assessed unit or all of them: per question the
 * counts and shares of each option, a scale's mean and distribution, the text answers (sorted, so their order tells
 * nothing about who or when); and, over all assessed units, each one's count and satisfaction.
 */
@Type("QuestionnaireResults")
public record QuestionnaireResults(@NonNull @Id long questionnaireId,
                                   @Id @Description("The assessed unit these results are about; null: every answer") Long targetUnitId,
                                   @NonNull int responseCount,
                                   @Description("Mean of the scale answers normalised to [0,1] ((value−1)/(max−1)); null without any")
                                   Double satisfaction,
                                   @NonNull List<@NonNull QuestionResult> questions,
                                   @NonNull @Description("Per assessed unit (only in the results over all of them)")
                                   List<@NonNull TargetSummary> targets) {

    /** One question's aggregate. */
    @Type("QuestionnaireQuestionResult")
    public record QuestionResult(@NonNull int question, @NonNull QuestionKind kind, @NonNull String text,
                                 @NonNull @Description("Sheets answering it") int answered,
                                 @NonNull List<@NonNull OptionCount> options, Double scaleMean,
                                 @NonNull List<@NonNull OptionCount> scale, @NonNull List<@NonNull String> texts) {
    }

    /** An option (or a scale value) and how many answers chose it, with its share of the question's answers. */
    @Type("QuestionnaireOptionCount")
    public record OptionCount(@NonNull String label, @NonNull int count, @NonNull double share) {
    }

    /** An assessed unit's count of answers and satisfaction. */
    @Type("QuestionnaireTargetSummary")
    public record TargetSummary(@NonNull @Id long unitId, @NonNull int responseCount, Double satisfaction) {
    }
}
