package cn.lvzhi.evaluation.forms;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.files.EvaluationFileInfo;
import cn.lvzhi.evaluation.files.EvaluationFiles;
import cn.lvzhi.evaluation.forms.inputs.ReviewEvaluationFormInput;
import cn.lvzhi.evaluation.forms.inputs.SaveEvaluationFormInput;
import cn.lvzhi.evaluation.forms.inputs.SubmitEvaluationFormDraftInput;
import cn.lvzhi.evaluation.rounds.SubmissionStatus;
import cn.lvzhi.org.CurrentScopedActor;
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

/** GraphQL entry for the “1+3” forms of a round (“1+3”表填报与审核). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class EvaluationFormsGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final FormsReads reads;
    private final FormsService forms;
    private final FormReviewService reviews;
    private final EvaluationFiles files;

    public EvaluationFormsGraphQLApi(CurrentScopedActor currentActor, FormsReads reads, FormsService forms, FormReviewService reviews,
                                     EvaluationFiles files) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.forms = forms;
        this.reviews = reviews;
        this.files = files;
    }

    @Query("evaluationForms")
    @NonNull
    @Description("The round's “1+3” forms the caller sees (编办, leaders: every unit's; a unit: its own), newest first")
    public Uni<EvaluationFormConnection> evaluationForms(@NonNull @Id Long roundId, SubmissionForm form, SubmissionStatus status,
                                                         Integer first, String after) {
        return currentActor.get().chain(a -> reads.forms(a, roundId, form, status, first, after));
    }

    @Query("evaluationForm")
    @NonNull
    @Description("One “1+3” form by its submission's id: the draft (pre-filled until saved), every submitted version and its review")
    public Uni<EvaluationForm> evaluationForm(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.locate(a, id).chain(at -> reads.view(a, at)));
    }

    @Name("files")
    @NonNull
    @Description("The row's evidence files (佐证材料), all rows read at once (download: GET /api/evaluation/files/{id})")
    public Uni<List<@NonNull List<@NonNull EvaluationFileInfo>>> operationFiles(@Source List<FormContent.OperationRow> rows) {
        return files.perItem(rows, FormContent.OperationRow::fileIds);
    }

    @Mutation("saveEvaluationForm")
    @NonNull
    @Description("The unit saves its form's draft (with the draft version it read)")
    public Uni<FormPayloads.FormPayload> saveEvaluationForm(@NonNull SaveEvaluationFormInput input) {
        return currentActor.get().chain(a -> forms.save(a, input)).map(FormPayloads.FormPayload::new);
    }

    @Mutation("submitEvaluationFormDraft")
    @NonNull
    @Description("The unit submits its saved draft as the form's next version (late after the due time, refused after the lock)")
    public Uni<FormPayloads.FormPayload> submitEvaluationFormDraft(@NonNull SubmitEvaluationFormDraftInput input) {
        return currentActor.get().chain(a -> forms.submit(a, input)).map(FormPayloads.FormPayload::new);
    }

    @Mutation("reviewEvaluationForm")
    @NonNull
    @Description("编办 accepts or returns the submitted version, raising problems for the ledger")
    public Uni<FormPayloads.ReviewPayload> reviewEvaluationForm(@NonNull ReviewEvaluationFormInput input) {
        return currentActor.get().chain(a -> reviews.review(a, input))
                .map(r -> new FormPayloads.ReviewPayload(r.form(), r.problemIds(), r.listChangeIds()));
    }
}
