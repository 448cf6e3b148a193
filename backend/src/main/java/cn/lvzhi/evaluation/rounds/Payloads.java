package cn.lvzhi.evaluation.rounds;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The results of the rounds' mutations. */
public final class Payloads {
    private Payloads() {
    }

    /** Result of opening, scoping or advancing a round. */
    @Type("EvaluationRoundPayload")
    public record RoundPayload(@NonNull EvaluationRound round) {
    }

    /** Result of a submission, a return or a deadline change. */
    @Type("EvaluationSubmissionPayload")
    public record SubmissionPayload(@NonNull Submission submission) {
    }

    /** The score rows written, as the caller reads them. */
    @Type("EvaluationScoresPayload")
    public record ScoresPayload(@NonNull List<@NonNull ScoreView> scores) {
    }

    /** The letters issued now (none when no unit is missing anything past its due time). */
    @Type("IssueReminderLettersPayload")
    public record LettersPayload(@NonNull List<@NonNull ReminderLetter> letters, @NonNull int count) {
    }
}
