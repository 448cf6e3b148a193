package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.surveys.inputs.AnswerQuestionnaireInput;
import cn.lvzhi.evaluation.surveys.inputs.CreateQuestionnaireInput;
import cn.lvzhi.evaluation.surveys.inputs.PublishQuestionnaireInput;
import cn.lvzhi.evaluation.surveys.inputs.QuestionnaireVersionInput;
import cn.lvzhi.evaluation.surveys.inputs.UpdateQuestionnaireInput;
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
import java.util.Objects;

/** GraphQL entry for questionnaires (满意度测评、社会各界评部门、五个一之一张问卷). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class SurveysGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final QuestionnaireReads reads;
    private final QuestionnaireService service;
    private final UnitReads units;

    public SurveysGraphQLApi(CurrentScopedActor currentActor, QuestionnaireReads reads, QuestionnaireService service, UnitReads units) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.service = service;
        this.units = units;
    }

    @Query("questionnaires")
    @NonNull
    @Description("The questionnaires the caller sees, newest first; of a round, about a unit (assessed, or whose offices answer), in a status")
    public Uni<QuestionnaireConnection> questionnaires(Integer first, String after, @Id Long roundId, @Id Long unitId,
                                                       QuestionnaireStatus status) {
        return currentActor.get().chain(a -> reads.list(a, first, after, roundId, unitId, status));
    }

    @Query("questionnaire")
    @NonNull
    public Uni<Questionnaire> questionnaire(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.access(a, id)).map(QuestionnaireReads.Access::questionnaire);
    }

    @Query("questionnairesToAnswer")
    @NonNull
    @Description("The published questionnaires addressed to the caller's unit (or, for 科室 staff, its office), newest first")
    public Uni<List<@NonNull Questionnaire>> questionnairesToAnswer() {
        return currentActor.get().chain(reads::toAnswer);
    }

    @Query("questionnaireResults")
    @NonNull
    @Description("The live aggregate of the answers (编办 and leaders; an assessed unit its own once shared); about one assessed unit when targetUnitId is given")
    public Uni<QuestionnaireResults> questionnaireResults(@NonNull @Id Long id, @Id Long targetUnitId) {
        return currentActor.get().chain(a -> reads.results(a, id, targetUnitId));
    }

    @Mutation("createQuestionnaire")
    @NonNull
    public Uni<Payloads.QuestionnairePayload> createQuestionnaire(@NonNull CreateQuestionnaireInput input) {
        return currentActor.get().chain(a -> service.create(a, input)).map(Payloads.QuestionnairePayload::new);
    }

    @Mutation("updateQuestionnaire")
    @NonNull
    @Description("A draft only: once published, the questions are fixed (CONFLICT)")
    public Uni<Payloads.QuestionnairePayload> updateQuestionnaire(@NonNull UpdateQuestionnaireInput input) {
        return currentActor.get().chain(a -> service.update(a, input)).map(Payloads.QuestionnairePayload::new);
    }

    @Mutation("publishQuestionnaire")
    @NonNull
    public Uni<Payloads.QuestionnairePayload> publishQuestionnaire(@NonNull PublishQuestionnaireInput input) {
        return currentActor.get().chain(a -> service.publish(a, input)).map(Payloads.QuestionnairePayload::new);
    }

    @Mutation("closeQuestionnaire")
    @NonNull
    public Uni<Payloads.QuestionnairePayload> closeQuestionnaire(@NonNull QuestionnaireVersionInput input) {
        return currentActor.get().chain(a -> service.close(a, input)).map(Payloads.QuestionnairePayload::new);
    }

    @Mutation("shareQuestionnaireResults")
    @NonNull
    @Description("A closed questionnaire: let (shared true) or stop letting the assessed units read their own results")
    public Uni<Payloads.QuestionnairePayload> shareQuestionnaireResults(@NonNull QuestionnaireVersionInput input) {
        return currentActor.get().chain(a -> service.share(a, input)).map(Payloads.QuestionnairePayload::new);
    }

    @Mutation("answerQuestionnaire")
    @NonNull
    public Uni<Payloads.AnswerPayload> answerQuestionnaire(@NonNull AnswerQuestionnaireInput input) {
        return currentActor.get().chain(a -> service.answer(a, input)).map(Payloads.AnswerPayload::new);
    }

    @Name("questions")
    @NonNull
    @Description("The questions in order")
    public List<@NonNull List<@NonNull Question>> questions(@Source List<Questionnaire> list) {
        return list.stream().map(q -> q.questions.items()).toList();
    }

    @Name("answers")
    @NonNull
    @Description("The answers by question")
    public List<@NonNull List<@NonNull Answer>> answers(@Source List<QuestionnaireResponse> list) {
        return list.stream().map(r -> r.answers.items()).toList();
    }

    @Name("targets")
    @NonNull
    @Description("The units it assesses")
    public Uni<List<@NonNull List<@NonNull Unit>>> targets(@Source List<Questionnaire> list) {
        return units.byIds(list.stream().flatMap(q -> q.targetUnitIds.stream()).distinct().toList())
                .map(byId -> list.stream().map(q -> q.targetUnitIds.stream().map(byId::get).filter(Objects::nonNull).toList()).toList());
    }

    @Name("officeUnit")
    @Description("OFFICE_HEADS: the unit whose internal offices answer")
    public Uni<List<Unit>> officeUnit(@Source List<Questionnaire> list) {
        return units.byIds(list.stream().map(q -> q.officeUnitId).filter(Objects::nonNull).distinct().toList())
                .map(byId -> list.stream().map(q -> q.officeUnitId == null ? null : byId.get(q.officeUnitId)).toList());
    }

    @Name("respondents")
    @NonNull
    @Description("UNITS: the units that answer (编办 and leaders only; empty for others)")
    public Uni<List<@NonNull List<@NonNull Unit>>> respondents(@Source List<Questionnaire> list) {
        return currentActor.get().chain(a -> {
            List<List<Long>> ids = list.stream().map(q -> QuestionnaireReads.seesAll(a, q)
                    ? q.respondentUnitIds : List.<Long>of()).toList();
            return units.byIds(ids.stream().flatMap(List::stream).distinct().toList())
                    .map(byId -> ids.stream().map(l -> l.stream().map(byId::get).filter(Objects::nonNull).toList()).toList());
        });
    }

    @Name("linkToken")
    @Description("ANONYMOUS: the token of the public page /s/{token} (编办 and leaders only)")
    public Uni<List<String>> linkToken(@Source List<Questionnaire> list) {
        return currentActor.get().map(a -> list.stream().map(q -> QuestionnaireReads.seesAll(a, q)
                ? q.linkToken : null).toList());
    }

    @Name("responseCount")
    @Description("How many sheets it has (编办 and leaders only)")
    public Uni<List<Integer>> responseCount(@Source List<Questionnaire> list) {
        return currentActor.get().chain(a -> {
            List<Long> ids = list.stream().filter(q -> QuestionnaireReads.seesAll(a, q)).map(q -> q.id).toList();
            return reads.counts(ids).map(counts -> list.stream().map(q -> ids.contains(q.id)
                    ? Integer.valueOf(counts.getOrDefault(q.id, 0L).intValue()) : null).toList());
        });
    }

    @Name("myResponses")
    @NonNull
    @Description("The caller's own answer sheets (a named respondent's)")
    public Uni<List<@NonNull List<@NonNull QuestionnaireResponse>>> myResponses(@Source List<Questionnaire> list) {
        return currentActor.get().chain(a -> reads.own(a, list))
                .map(byQ -> list.stream().map(q -> byQ.getOrDefault(q.id, List.of())).toList());
    }

    @Name("roundName")
    public Uni<List<String>> roundName(@Source List<Questionnaire> list) {
        return reads.roundNames(list.stream().map(q -> q.roundId).filter(Objects::nonNull).distinct().toList())
                .map(names -> list.stream().map(q -> q.roundId == null ? null : names.get(q.roundId)).toList());
    }
}
