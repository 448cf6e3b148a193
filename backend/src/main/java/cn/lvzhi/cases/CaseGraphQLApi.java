package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.AcceptCaseInput;
import cn.lvzhi.cases.inputs.AppealRatingInput;
import cn.lvzhi.cases.inputs.CancelCaseInput;
import cn.lvzhi.cases.inputs.CaseFilter;
import cn.lvzhi.cases.inputs.CloseCaseInput;
import cn.lvzhi.cases.inputs.DecideAppealInput;
import cn.lvzhi.cases.inputs.DispatchCaseInput;
import cn.lvzhi.cases.inputs.RateDispatchInput;
import cn.lvzhi.cases.inputs.RefuseDispatchInput;
import cn.lvzhi.cases.inputs.RemindDispatchInput;
import cn.lvzhi.cases.inputs.ReplyDispatchInput;
import cn.lvzhi.cases.inputs.ReportCaseInput;
import cn.lvzhi.cases.inputs.SignDispatchInput;
import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.Selection;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListReads;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** GraphQL entry for “一件事” cases: reporting, the dispatch chain, ratings, reminders and appeals. Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class CaseGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final CaseReads reads;
    private final CaseService service;
    private final DispatchService dispatching;
    private final DispatchSuggestions suggestions;
    private final RatingService ratings;
    private final UnitReads units;
    private final ListReads lists;
    private final HopBasis basis;
    private final Context context;

    public CaseGraphQLApi(CurrentScopedActor currentActor, CaseReads reads, CaseService service, DispatchService dispatching,
                          DispatchSuggestions suggestions,
                          RatingService ratings, UnitReads units, ListReads lists, HopBasis basis, Context context) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.service = service;
        this.dispatching = dispatching;
        this.suggestions = suggestions;
        this.ratings = ratings;
        this.units = units;
        this.lists = lists;
        this.basis = basis;
        this.context = context;
    }

    private Uni<ScopedActor> caseActor() {
        return currentActor.get();
    }

    // ---- queries

    @Query("cases")
    @NonNull
    @Description("The cases the caller may see, newest first (first: 1..200, default 50)")
    public Uni<CaseConnection> cases(CaseFilter filter, Integer first, String after) {
        boolean counted = Selection.asksTotal(context);
        return caseActor().chain(a -> reads.page(a, filter, first, after, counted));
    }

    @Query("case")
    @NonNull
    @Description("One case; NOT_FOUND when absent or not visible to the caller")
    public Uni<Case> caseById(@NonNull @Id Long id) {
        return caseActor().chain(a -> reads.byId(a, id));
    }

    @Query("suggestedHandlers")
    @NonNull
    @Description("The lead and co-operating units the case's list item names that the caller may dispatch to on this hop: a first"
            + " hop, or onward from parentDispatchId (empty for a free category)")
    public Uni<List<@NonNull SuggestedHandler>> suggestedHandlers(@NonNull @Id Long caseId, @Id Long parentDispatchId) {
        return caseActor().chain(a -> suggestions.of(a, caseId, parentDispatchId));
    }

    @Query("overdueDispatches")
    @NonNull
    @Description("Open dispatches flagged overdue (超期) that the caller may see, oldest first")
    public Uni<DispatchConnection> overdueDispatches(Integer first, String after) {
        return caseActor().chain(a -> reads.overdue(a, first, after));
    }

    // ---- mutations

    @Mutation("reportCase")
    @NonNull
    @Description("Report a case (上报); a retry with the same clientKey or externalId returns the first case")
    public Uni<CasePayload> reportCase(@NonNull ReportCaseInput input) {
        return caseActor().chain(a -> service.report(a, input)).map(CasePayload::new);
    }

    @Mutation("acceptCase")
    @NonNull
    @Description("The command centre of the case's area accepts it (受理)")
    public Uni<CasePayload> acceptCase(@NonNull AcceptCaseInput input) {
        return caseActor().chain(a -> service.accept(a, input)).map(CasePayload::new);
    }

    @Mutation("dispatchCase")
    @NonNull
    @Description("Dispatch (派单) to a lead and co-operating units, as a first hop or onward from a signed dispatch")
    public Uni<DispatchCasePayload> dispatchCase(@NonNull DispatchCaseInput input) {
        return caseActor().chain(a -> basis.alongside(a, input.basis, input.parentDispatchId, () -> dispatching.dispatch(a, input)));
    }

    @Mutation("signDispatch")
    @NonNull
    @Description("The receiving unit signs for a dispatch (签收)")
    public Uni<DispatchPayload> signDispatch(@NonNull SignDispatchInput input) {
        return caseActor().chain(a -> dispatching.sign(a, input));
    }

    @Mutation("refuseDispatch")
    @NonNull
    @Description("The receiving unit refuses a dispatch with a reason (退单); when every first-hop unit refuses, the case is DISPUTED")
    public Uni<DispatchPayload> refuseDispatch(@NonNull RefuseDispatchInput input) {
        return caseActor().chain(a -> dispatching.refuse(a, input));
    }

    @Mutation("replyDispatch")
    @NonNull
    @Description("The receiving unit replies with the result (办结反馈)")
    public Uni<DispatchPayload> replyDispatch(@NonNull ReplyDispatchInput input) {
        return caseActor().chain(a -> basis.alongside(a, input.basis, input.dispatchId, () -> dispatching.reply(a, input)));
    }

    @Mutation("rateDispatch")
    @NonNull
    @Description("The dispatching unit rates a replied dispatch once (谁派单、谁评价)")
    public Uni<RatingPayload> rateDispatch(@NonNull RateDispatchInput input) {
        return caseActor().chain(a -> ratings.rate(a, input)).map(RatingPayload::new);
    }

    @Mutation("remindDispatch")
    @NonNull
    @Description("The dispatching unit or the command centre urges the handler of an open dispatch (催办)")
    public Uni<ReminderPayload> remindDispatch(@NonNull RemindDispatchInput input) {
        return caseActor().chain(a -> dispatching.remind(a, input)).map(ReminderPayload::new);
    }

    @Mutation("appealRating")
    @NonNull
    @Description("The rated unit appeals a rating, once (申诉)")
    public Uni<AppealPayload> appealRating(@NonNull AppealRatingInput input) {
        return caseActor().chain(a -> ratings.appeal(a, input)).map(AppealPayload::new);
    }

    @Mutation("decideAppeal")
    @NonNull
    @Description("The district command centre upholds or revises the rating under appeal, with reasons")
    public Uni<AppealPayload> decideAppeal(@NonNull DecideAppealInput input) {
        return caseActor().chain(a -> ratings.decideAppeal(a, input)).map(AppealPayload::new);
    }

    @Mutation("closeCase")
    @NonNull
    @Description("The command centre closes a completed case (结案), or one it handled itself")
    public Uni<CasePayload> closeCase(@NonNull CloseCaseInput input) {
        return caseActor().chain(a -> service.close(a, input)).map(CasePayload::new);
    }

    @Mutation("cancelCase")
    @NonNull
    @Description("The reporter or the command centre cancels a case not yet dispatched (撤销)")
    public Uni<CasePayload> cancelCase(@NonNull CancelCaseInput input) {
        return caseActor().chain(a -> service.cancel(a, input)).map(CasePayload::new);
    }

    // ---- nested fields, each resolved for a whole batch of parents

    static <P> Uni<List<Unit>> unitsOf(UnitReads units, List<P> parents, Function<P, Long> id) {
        Set<Long> ids = new HashSet<>();
        parents.forEach(p -> ids.add(id.apply(p)));
        ids.remove(null);
        return units.byIds(ids).map(byId -> parents.stream().map(p -> byId.get(id.apply(p))).toList());
    }

    @Name("originUnit")
    @NonNull
    @Description("发起单位")
    public Uni<List<@NonNull Unit>> originUnit(@Source List<Case> cases) {
        return unitsOf(units, cases, c -> c.originUnitId);
    }

    @Name("areaUnit")
    @NonNull
    @Description("The township (or district) where it happened")
    public Uni<List<@NonNull Unit>> areaUnit(@Source List<Case> cases) {
        return unitsOf(units, cases, c -> c.areaUnitId);
    }

    @Name("categoryItem")
    @Description("The list item the case falls under")
    public Uni<List<ListItem>> categoryItem(@Source List<Case> cases) {
        List<Long> ids = cases.stream().map(c -> c.categoryItemId).filter(Objects::nonNull).distinct().toList();
        return lists.itemsByIds(ids).map(byId -> cases.stream().map(c -> c.categoryItemId == null ? null : byId.get(c.categoryItemId)).toList());
    }

    @Name("dispatches")
    @NonNull
    @Description("The dispatch tree (by parentDispatchId), oldest first; a department sees its own part and what lies below it")
    public Uni<List<@NonNull List<@NonNull Dispatch>>> dispatches(@Source List<Case> cases) {
        return caseActor().chain(a -> reads.dispatches(a, cases));
    }

    @Name("timeline")
    @NonNull
    @Description("Every step of the case, in order (事件轨迹)")
    public Uni<List<@NonNull List<@NonNull CaseEvent>>> timeline(@Source List<Case> cases) {
        return caseActor().chain(a -> reads.timelines(a, cases));
    }

    @Name("ratings")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Rating>>> ratings(@Source List<Case> cases) {
        return caseActor().chain(a -> reads.ratings(a, cases));
    }

    @Name("reminders")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Reminder>>> reminders(@Source List<Case> cases) {
        return caseActor().chain(a -> reads.reminders(a, cases));
    }

    @Name("appeals")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Appeal>>> appeals(@Source List<Case> cases) {
        return caseActor().chain(a -> reads.appeals(a, cases));
    }

    @Name("fromUnit")
    @NonNull
    @Description("The dispatching unit")
    public Uni<List<@NonNull Unit>> fromUnit(@Source List<Dispatch> dispatches) {
        return unitsOf(units, dispatches, d -> d.fromUnitId);
    }

    @Name("toUnit")
    @NonNull
    @Description("The handling unit")
    public Uni<List<@NonNull Unit>> toUnit(@Source List<Dispatch> dispatches) {
        return unitsOf(units, dispatches, d -> d.toUnitId);
    }

    @Name("unit")
    @NonNull
    public Uni<List<@NonNull Unit>> suggestedUnit(@Source List<SuggestedHandler> handlers) {
        return unitsOf(units, handlers, SuggestedHandler::unitId);
    }

    @Name("ratedUnit")
    @NonNull
    public Uni<List<@NonNull Unit>> ratedUnit(@Source List<Rating> ratings) {
        return unitsOf(units, ratings, r -> r.ratedUnitId);
    }

    @Name("raterUnit")
    @NonNull
    public Uni<List<@NonNull Unit>> raterUnit(@Source List<Rating> ratings) {
        return unitsOf(units, ratings, r -> r.raterUnitId);
    }
}
