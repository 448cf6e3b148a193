package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.fieldwork.Payloads.LetterPayload;
import cn.lvzhi.evaluation.fieldwork.Payloads.ProblemPayload;
import cn.lvzhi.evaluation.fieldwork.Payloads.ReportPayload;
import cn.lvzhi.evaluation.fieldwork.Payloads.SymposiumPayload;
import cn.lvzhi.evaluation.fieldwork.inputs.IssueFieldworkInquiryLetterInput;
import cn.lvzhi.evaluation.fieldwork.inputs.RaiseFieldworkInquiryProblemInput;
import cn.lvzhi.evaluation.fieldwork.inputs.RecordFieldworkSymposiumInput;
import cn.lvzhi.evaluation.fieldwork.inputs.ReplyFieldworkInquiryLetterInput;
import cn.lvzhi.evaluation.fieldwork.inputs.ReviewFieldworkReportInput;
import cn.lvzhi.evaluation.fieldwork.inputs.SaveFieldworkReportInput;
import cn.lvzhi.evaluation.fieldwork.inputs.SubmitFieldworkReportInput;
import cn.lvzhi.evaluation.files.EvaluationFileInfo;
import cn.lvzhi.evaluation.files.EvaluationFiles;
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

import java.util.List;
import java.util.function.Function;

/** GraphQL entry for 五个一 of the drawn units (report, inquiry letters, symposium). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class FieldworkGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final FieldworkReads reads;
    private final FieldworkReportService reports;
    private final InquiryLetterService letters;
    private final SymposiumService symposia;
    private final UnitReads units;
    private final EvaluationFiles files;

    public FieldworkGraphQLApi(CurrentScopedActor currentActor, FieldworkReads reads, FieldworkReportService reports,
                               InquiryLetterService letters, SymposiumService symposia, UnitReads units, EvaluationFiles files) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.reports = reports;
        this.letters = letters;
        this.symposia = symposia;
        this.units = units;
        this.files = files;
    }

    @Query("fieldworkProgress")
    @NonNull
    @Description("五个一 progress of the round's drawn units the caller sees (编办, leaders: all; a drawn unit: itself)")
    public Uni<List<@NonNull FieldworkProgress>> fieldworkProgress(@NonNull @Id Long roundId) {
        return currentActor.get().chain(a -> reads.progress(a, roundId));
    }

    @Query("fieldworkUnit")
    @NonNull
    @Description("五个一 of one drawn unit in a round, as the caller sees it")
    public Uni<FieldworkUnit> fieldworkUnit(@NonNull @Id Long roundId, @NonNull @Id Long unitId) {
        return currentActor.get().chain(a -> reads.unit(a, roundId, unitId));
    }

    @Query("fieldworkInquiryLetters")
    @NonNull
    @Description("Inquiry letters (函调函) the caller reads, newest first: 编办 and leaders the region's, a unit those addressed to it")
    public Uni<InquiryLetterConnection> fieldworkInquiryLetters(@Id Long roundId, Integer first, String after) {
        return currentActor.get().chain(a -> reads.letters(a, roundId, first, after));
    }

    @Query("fieldworkInquiryLetter")
    @NonNull
    public Uni<InquiryLetter> fieldworkInquiryLetter(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.letter(a, id)).map(FieldworkAccess.LetterAccess::letter);
    }

    @Mutation("saveFieldworkReport")
    @NonNull
    @Description("The drawn unit writes its work report (一个报告) while a draft or returned")
    public Uni<ReportPayload> saveFieldworkReport(@NonNull SaveFieldworkReportInput input) {
        return currentActor.get().chain(a -> reports.save(a, input));
    }

    @Mutation("submitFieldworkReport")
    @NonNull
    public Uni<ReportPayload> submitFieldworkReport(@NonNull SubmitFieldworkReportInput input) {
        return currentActor.get().chain(a -> reports.submit(a, input));
    }

    @Mutation("reviewFieldworkReport")
    @NonNull
    @Description("编办 accepts or returns a submitted report, raising the problems found for the ledger")
    public Uni<ReportPayload> reviewFieldworkReport(@NonNull ReviewFieldworkReportInput input) {
        return currentActor.get().chain(a -> reports.review(a, input));
    }

    @Mutation("issueFieldworkInquiryLetter")
    @NonNull
    @Description("编办 writes an inquiry letter (函调函) about a drawn unit; a retry with the same clientKey returns the first")
    public Uni<LetterPayload> issueFieldworkInquiryLetter(@NonNull IssueFieldworkInquiryLetterInput input) {
        return currentActor.get().chain(a -> letters.issue(a, input));
    }

    @Mutation("replyFieldworkInquiryLetter")
    @NonNull
    @Description("The addressee unit records its reply to an inquiry letter")
    public Uni<LetterPayload> replyFieldworkInquiryLetter(@NonNull ReplyFieldworkInquiryLetterInput input) {
        return currentActor.get().chain(a -> letters.reply(a, input));
    }

    @Mutation("raiseFieldworkInquiryProblem")
    @NonNull
    @Description("编办 raises a problem a letter's reply shows for the rectification ledger")
    public Uni<ProblemPayload> raiseFieldworkInquiryProblem(@NonNull RaiseFieldworkInquiryProblemInput input) {
        return currentActor.get().chain(a -> letters.raise(a, input));
    }

    @Mutation("recordFieldworkSymposium")
    @NonNull
    @Description("编办 records (or corrects) the symposium with a drawn unit; points marked raiseProblem go to the ledger once")
    public Uni<SymposiumPayload> recordFieldworkSymposium(@NonNull RecordFieldworkSymposiumInput input) {
        return currentActor.get().chain(a -> symposia.record(a, input));
    }

    @Name("files")
    @NonNull
    @Description("The report's evidence files (download: GET /api/evaluation/files/{id})")
    public Uni<List<@NonNull List<@NonNull EvaluationFileInfo>>> reportFiles(@Source List<FieldworkReport> list) {
        return files.perItem(list, r -> r.fileIds);
    }

    @Name("replyFiles")
    @NonNull
    @Description("The reply's files (download: GET /api/evaluation/files/{id})")
    public Uni<List<@NonNull List<@NonNull EvaluationFileInfo>>> replyFiles(@Source List<InquiryLetter> list) {
        return files.perItem(list, l -> l.replyFileIds);
    }

    @Name("unit")
    @NonNull
    @Description("The drawn unit the letter inquires about")
    public Uni<List<@NonNull Unit>> letterUnit(@Source List<InquiryLetter> list) {
        return unitsOf(list, l -> l.unitId);
    }

    @Name("addressee")
    @NonNull
    public Uni<List<@NonNull Unit>> letterAddressee(@Source List<InquiryLetter> list) {
        return unitsOf(list, l -> l.addresseeUnitId);
    }

    private <T> Uni<List<Unit>> unitsOf(List<T> list, Function<T, Long> id) {
        return units.byIds(list.stream().map(id).distinct().toList()).map(byId -> list.stream().map(x -> byId.get(id.apply(x))).toList());
    }
}
