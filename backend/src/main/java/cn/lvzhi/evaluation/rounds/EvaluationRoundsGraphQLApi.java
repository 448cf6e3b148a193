package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.files.EvaluationFileInfo;
import cn.lvzhi.evaluation.files.EvaluationFiles;
import cn.lvzhi.evaluation.rounds.inputs.AdvanceEvaluationRoundInput;
import cn.lvzhi.evaluation.rounds.inputs.ChangeEvaluationDeadlineInput;
import cn.lvzhi.evaluation.rounds.inputs.ChangeEvaluationRoundUnitsInput;
import cn.lvzhi.evaluation.rounds.inputs.CorrectPublishedScoreInput;
import cn.lvzhi.evaluation.rounds.inputs.FillFirstMarksInput;
import cn.lvzhi.evaluation.rounds.inputs.IssueReminderLettersInput;
import cn.lvzhi.evaluation.rounds.inputs.MarkEvaluationScoresInput;
import cn.lvzhi.evaluation.rounds.inputs.OpenEvaluationRoundInput;
import cn.lvzhi.evaluation.rounds.inputs.ReplyToEvaluationMarksInput;
import cn.lvzhi.evaluation.rounds.inputs.ReturnEvaluationSubmissionInput;
import cn.lvzhi.evaluation.rounds.inputs.SubmitEvaluationFormInput;
import cn.lvzhi.evaluation.rounds.inputs.SubmitSelfAssessmentInput;
import cn.lvzhi.evaluation.schemes.EvaluationScheme;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** GraphQL entry for evaluation rounds and marking (评估批次、分阶段评分). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class EvaluationRoundsGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final RoundReads reads;
    private final EvaluationRoundService rounds;
    private final SubmissionService submissions;
    private final MarkingService marking;
    private final ReminderLetterService letters;
    private final UnitReads units;
    private final EvaluationFiles files;

    public EvaluationRoundsGraphQLApi(CurrentScopedActor currentActor, RoundReads reads, EvaluationRoundService rounds,
                                      SubmissionService submissions, MarkingService marking, ReminderLetterService letters,
                                      UnitReads units, EvaluationFiles files) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.rounds = rounds;
        this.submissions = submissions;
        this.marking = marking;
        this.letters = letters;
        this.units = units;
        this.files = files;
    }

    @Query("evaluationRounds")
    @NonNull
    @Description("Evaluation rounds (评估批次) the caller sees, newest first")
    public Uni<EvaluationRoundConnection> evaluationRounds(Integer first, String after) {
        return currentActor.get().chain(a -> reads.rounds(a, first, after));
    }

    @Query("evaluationRound")
    @NonNull
    public Uni<EvaluationRound> evaluationRound(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.access(a, id)).map(RoundReads.Access::round);
    }

    @Query("evaluationRoundProgress")
    @NonNull
    @Description("编办's panel (报送进度): per unit, each form's status and deadlines, what is overdue, letters sent")
    public Uni<List<@NonNull ProgressRow>> evaluationRoundProgress(@NonNull @Id Long roundId) {
        return currentActor.get().chain(a -> reads.progress(a, roundId));
    }

    @Query("myEvaluationTasks")
    @NonNull
    @Description("What the caller's unit must submit in open rounds, soonest due first")
    public Uni<List<@NonNull EvaluationTask>> myEvaluationTasks() {
        return currentActor.get().chain(reads::tasks);
    }

    @Name("scheme")
    @NonNull
    public Uni<List<@NonNull EvaluationScheme>> scheme(@Source List<EvaluationRound> list) {
        return reads.schemes(list.stream().map(r -> r.schemeId).distinct().toList())
                .map(byId -> list.stream().map(r -> byId.get(r.schemeId)).toList());
    }

    @Name("units")
    @NonNull
    @Description("The units in scope the caller sees (a unit before publication: itself only)")
    public Uni<List<@NonNull List<@NonNull RoundUnitView>>> roundUnits(@Source List<EvaluationRound> list) {
        return currentActor.get().chain(a -> reads.units(a, list)).map(perRound(list));
    }

    @Name("submissions")
    @NonNull
    @Description("The submissions the caller sees (编办 and leaders: all; a unit: its own)")
    public Uni<List<@NonNull List<@NonNull Submission>>> roundSubmissions(@Source List<EvaluationRound> list) {
        return currentActor.get().chain(a -> reads.submissions(a, list)).map(perRound(list));
    }

    @Name("reminderLetters")
    @NonNull
    @Description("The reminder letters the caller sees (编办 and leaders: all; a unit: those addressed to it)")
    public Uni<List<@NonNull List<@NonNull ReminderLetter>>> roundLetters(@Source List<EvaluationRound> list) {
        return currentActor.get().chain(a -> reads.letters(a, list)).map(perRound(list));
    }

    @Name("scores")
    @NonNull
    @Description("Score rows as the caller may read them; one unit's when unitId is given")
    public Uni<List<@NonNull List<@NonNull ScoreView>>> roundScores(@Source List<EvaluationRound> list, @Id Long unitId) {
        return currentActor.get().chain(a -> reads.scores(a, list, unitId)).map(perRound(list));
    }

    @Name("selfFiles")
    @NonNull
    @Description("The self-assessment's evidence files, when the caller reads the self-assessment (download: GET /api/evaluation/files/{id})")
    public Uni<List<@NonNull List<@NonNull EvaluationFileInfo>>> selfFiles(@Source List<ScoreView> scores) {
        // the ids come from the view, so a withheld stage names none
        return files.perItem(scores, ScoreView::selfFileIds);
    }

    @Name("replyFiles")
    @NonNull
    @Description("The reply's evidence files, when the caller reads the reply (download: GET /api/evaluation/files/{id})")
    public Uni<List<@NonNull List<@NonNull EvaluationFileInfo>>> replyFiles(@Source List<ScoreView> scores) {
        return files.perItem(scores, ScoreView::replyFileIds);
    }

    private static <T> Function<Map<Long, List<T>>, List<List<T>>> perRound(List<EvaluationRound> list) {
        return byRound -> list.stream().map(r -> byRound.getOrDefault(r.id, List.of())).toList();
    }

    @Name("unit")
    @NonNull
    public Uni<List<@NonNull Unit>> submissionUnit(@Source List<Submission> list) {
        return units.byIds(list.stream().map(s -> s.unitId).distinct().toList())
                .map(byId -> list.stream().map(s -> byId.get(s.unitId)).toList());
    }

    @Name("late")
    @NonNull
    @Description("Submitted after its due time, or still missing past it")
    public List<@NonNull Boolean> submissionLate(@Source List<Submission> list) {
        OffsetDateTime now = OffsetDateTime.now();
        return list.stream().map(s -> SubmissionTiming.late(s, now)).toList();
    }

    @Name("unit")
    @NonNull
    public Uni<List<@NonNull Unit>> letterUnit(@Source List<ReminderLetter> list) {
        return units.byIds(list.stream().map(l -> l.unitId).distinct().toList())
                .map(byId -> list.stream().map(l -> byId.get(l.unitId)).toList());
    }

    @Name("pdfPath")
    @NonNull
    @Description("Where the letter is downloaded as PDF")
    public List<@NonNull String> letterPdf(@Source List<ReminderLetter> list) {
        return list.stream().map(l -> ReminderLetter.pdfPath(l.id)).toList();
    }

    @Mutation("openEvaluationRound")
    @NonNull
    @Description("编办 opens a round: its units' submissions and a score row per leaf indicator are created")
    public Uni<Payloads.RoundPayload> openEvaluationRound(@NonNull OpenEvaluationRoundInput input) {
        return currentActor.get().chain(a -> rounds.open(a, input)).map(Payloads.RoundPayload::new);
    }

    @Mutation("changeEvaluationDeadline")
    @NonNull
    @Description("编办 changes one unit's deadlines of one form, with the reason")
    public Uni<Payloads.SubmissionPayload> changeEvaluationDeadline(@NonNull ChangeEvaluationDeadlineInput input) {
        return currentActor.get().chain(a -> rounds.changeDeadline(a, input)).map(Payloads.SubmissionPayload::new);
    }

    @Mutation("changeEvaluationRoundUnits")
    @NonNull
    @Description("编办 adds or removes units during the self-assessment stage, with the reason")
    public Uni<Payloads.RoundPayload> changeEvaluationRoundUnits(@NonNull ChangeEvaluationRoundUnitsInput input) {
        return currentActor.get().chain(a -> rounds.changeUnits(a, input)).map(Payloads.RoundPayload::new);
    }

    @Mutation("advanceEvaluationRound")
    @NonNull
    @Description("编办 moves the round to its next stage; a CONFLICT says which precondition fails")
    public Uni<Payloads.RoundPayload> advanceEvaluationRound(@NonNull AdvanceEvaluationRoundInput input) {
        return currentActor.get().chain(a -> rounds.advance(a, input)).map(Payloads.RoundPayload::new);
    }

    @Mutation("submitSelfAssessment")
    @NonNull
    @Description("The unit submits its self-assessment; late but accepted until the lock")
    public Uni<Payloads.SubmissionPayload> submitSelfAssessment(@NonNull SubmitSelfAssessmentInput input) {
        return currentActor.get().chain(a -> submissions.submitSelfAssessment(a, input)).map(Payloads.SubmissionPayload::new);
    }

    @Mutation("submitEvaluationForm")
    @NonNull
    @Description("The unit declares another form submitted (e.g. its goal progress for the period)")
    public Uni<Payloads.SubmissionPayload> submitEvaluationForm(@NonNull SubmitEvaluationFormInput input) {
        return currentActor.get().chain(a -> submissions.submitForm(a, input)).map(Payloads.SubmissionPayload::new);
    }

    @Mutation("returnEvaluationSubmission")
    @NonNull
    @Description("编办 returns a submission with a comment, to be submitted again before the lock")
    public Uni<Payloads.SubmissionPayload> returnEvaluationSubmission(@NonNull ReturnEvaluationSubmissionInput input) {
        return currentActor.get().chain(a -> submissions.returnSubmission(a, input)).map(Payloads.SubmissionPayload::new);
    }

    @Mutation("issueReminderLetters")
    @NonNull
    @Description("编办 issues a numbered reminder letter to each unit still missing a form past its due time")
    public Uni<Payloads.LettersPayload> issueReminderLetters(@NonNull IssueReminderLettersInput input) {
        return currentActor.get().chain(a -> letters.issue(a, input)).map(l -> new Payloads.LettersPayload(l, l.size()));
    }

    @Mutation("markEvaluationScores")
    @NonNull
    @Description("编办's first mark of a unit's indicators; a deduction or a mark other than the rule's needs a reason")
    public Uni<Payloads.ScoresPayload> markEvaluationScores(@NonNull MarkEvaluationScoresInput input) {
        return currentActor.get().chain(a -> marking.firstMark(a, input)).map(Payloads.ScoresPayload::new);
    }

    @Mutation("fillFirstMarksFromRules")
    @NonNull
    @Description("编办 pre-fills the first marks not given yet from the figures by the scoring rules")
    public Uni<Payloads.ScoresPayload> fillFirstMarksFromRules(@NonNull FillFirstMarksInput input) {
        return currentActor.get().chain(a -> marking.fillFromRules(a, input)).map(Payloads.ScoresPayload::new);
    }

    @Mutation("replyToEvaluationMarks")
    @NonNull
    @Description("The unit replies to its deductions with evidence (none = it waives its reply), before the window closes")
    public Uni<Payloads.ScoresPayload> replyToEvaluationMarks(@NonNull ReplyToEvaluationMarksInput input) {
        return currentActor.get().chain(a -> marking.reply(a, input)).map(Payloads.ScoresPayload::new);
    }

    @Mutation("finalizeEvaluationScores")
    @NonNull
    @Description("编办's final mark; a mark other than the first needs a reason")
    public Uni<Payloads.ScoresPayload> finalizeEvaluationScores(@NonNull MarkEvaluationScoresInput input) {
        return currentActor.get().chain(a -> marking.finalMark(a, input)).map(Payloads.ScoresPayload::new);
    }

    @Mutation("correctPublishedScore")
    @NonNull
    @Description("编办 corrects a published score with a reason; the row is flagged and the change kept and audited")
    public Uni<Payloads.ScoresPayload> correctPublishedScore(@NonNull CorrectPublishedScoreInput input) {
        return currentActor.get().chain(a -> marking.correct(a, input)).map(Payloads.ScoresPayload::new);
    }
}
