package cn.lvzhi.evaluation.surveys;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The results of the questionnaires' mutations. */
public final class Payloads {
    private Payloads() {
    }

    /** Result of designing, changing, publishing, closing or sharing a questionnaire. */
    @Type("QuestionnairePayload")
    public record QuestionnairePayload(@NonNull Questionnaire questionnaire) {
    }

    /** The answer sheet stored (the first one when the same sheet is sent again). */
    @Type("AnswerQuestionnairePayload")
    public record AnswerPayload(@NonNull QuestionnaireResponse response) {
    }
}
