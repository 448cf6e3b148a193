package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.files.EvaluationFileInfo;
import cn.lvzhi.evaluation.files.EvaluationFiles;
import cn.lvzhi.evaluation.ledger.Payloads.ItemPayload;
import cn.lvzhi.evaluation.ledger.Payloads.LedgerConnection;
import cn.lvzhi.evaluation.ledger.Payloads.LedgerCounts;
import cn.lvzhi.evaluation.ledger.inputs.AddLedgerActionInput;
import cn.lvzhi.evaluation.ledger.inputs.DecideLedgerExtensionInput;
import cn.lvzhi.evaluation.ledger.inputs.LedgerFilter;
import cn.lvzhi.evaluation.ledger.inputs.LedgerItemVersionInput;
import cn.lvzhi.evaluation.ledger.inputs.OpenLedgerItemInput;
import cn.lvzhi.evaluation.ledger.inputs.RectifyLedgerItemInput;
import cn.lvzhi.evaluation.ledger.inputs.RequestLedgerExtensionInput;
import cn.lvzhi.evaluation.ledger.inputs.SetLedgerActionDoneInput;
import cn.lvzhi.evaluation.ledger.inputs.VerifyLedgerItemInput;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** GraphQL entry for the rectification ledger (整改台账, 销户管理): its items, their counts, and each step of their life. */
@GraphQLApi
@Authenticated
@ApiErrors
public class LedgerGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final LedgerReads reads;
    private final LedgerService ledger;
    private final UnitReads units;
    private final EvaluationFiles files;

    public LedgerGraphQLApi(CurrentScopedActor currentActor, LedgerReads reads, LedgerService ledger, UnitReads units,
                            EvaluationFiles files) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.ledger = ledger;
        this.units = units;
        this.files = files;
    }

    @Query("evaluationLedger")
    @NonNull
    @Description("Ledger items the caller sees, newest first: a unit its own, 编办 and leaders the region's")
    public Uni<LedgerConnection> evaluationLedger(LedgerFilter filter, Integer first, String after) {
        return currentActor.get().chain(a -> reads.items(a, filter, first, after));
    }

    @Query("evaluationLedgerCounts")
    @NonNull
    @Description("The items the caller sees under the filter (its state left out), per state, overdue and failed once")
    public Uni<LedgerCounts> evaluationLedgerCounts(LedgerFilter filter) {
        return currentActor.get().chain(a -> reads.counts(a, filter));
    }

    @Query("evaluationLedgerItem")
    @NonNull
    public Uni<LedgerItem> evaluationLedgerItem(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.item(a, id));
    }

    @Name("unit")
    @NonNull
    public Uni<List<@NonNull Unit>> itemUnit(@Source List<LedgerItem> items) {
        return units.byIds(LedgerLinks.ids(items, i -> i.unitId)).map(byId -> pick(items, i -> i.unitId, byId));
    }

    @Name("roundName")
    public Uni<List<String>> itemRoundName(@Source List<LedgerItem> items) {
        return reads.roundNames(LedgerLinks.ids(items, i -> i.roundId)).map(byId -> pick(items, i -> i.roundId, byId));
    }

    @Name("overdue")
    @NonNull
    @Description("Still to rectify and past its due date (today, Beijing)")
    public List<@NonNull Boolean> itemOverdue(@Source List<LedgerItem> items) {
        LocalDate today = LedgerReads.today();
        return items.stream().map(i -> LedgerCalendar.overdue(i.state, i.dueOn, today)).toList();
    }

    @Name("daysOverdue")
    @NonNull
    @Description("Working days past the due date while still to rectify (0 otherwise; once rectified see daysLate)")
    public List<@NonNull Integer> itemDaysOverdue(@Source List<LedgerItem> items) {
        LocalDate today = LedgerReads.today();
        return items.stream().map(i -> LedgerCalendar.overdue(i.state, i.dueOn, today)
                ? LedgerCalendar.workingDaysLate(i.dueOn, today) : 0).toList();
    }

    @Name("actions")
    @NonNull
    @Description("整改措施, in the order they were added")
    public Uni<List<@NonNull List<@NonNull LedgerAction>>> itemActions(@Source List<LedgerItem> items) {
        return reads.actions(LedgerLinks.ids(items, i -> i.id)).map(byItem -> lists(items, byItem));
    }

    @Name("events")
    @NonNull
    @Description("The timeline: every transition, action and extension step, oldest first")
    public Uni<List<@NonNull List<@NonNull LedgerEvent>>> itemEvents(@Source List<LedgerItem> items) {
        return reads.events(LedgerLinks.ids(items, i -> i.id)).map(byItem -> lists(items, byItem));
    }

    @Name("extensions")
    @NonNull
    public Uni<List<@NonNull List<@NonNull LedgerExtension>>> itemExtensions(@Source List<LedgerItem> items) {
        return reads.extensions(LedgerLinks.ids(items, i -> i.id)).map(byItem -> lists(items, byItem));
    }

    @Name("evidenceFiles")
    @NonNull
    @Description("The current rectification's evidence files (佐证材料)")
    public Uni<List<@NonNull List<@NonNull EvaluationFileInfo>>> itemFiles(@Source List<LedgerItem> items) {
        return reads.fileIds(LedgerLinks.ids(items, i -> i.id)).chain(byItem -> files.infos(byItem.values().stream()
                .flatMap(List::stream).distinct().toList()).map(infos -> items.stream().map(i -> byItem.getOrDefault(i.id, List.of())
                .stream().map(infos::get).filter(Objects::nonNull).toList()).toList()));
    }

    @Mutation("openLedgerItem")
    @NonNull
    @Description("编办 opens an item by hand (source OTHER, or TRACKING from a 跟踪问效 rectification)")
    public Uni<ItemPayload> openLedgerItem(@NonNull OpenLedgerItemInput input) {
        return currentActor.get().chain(a -> ledger.open(a, input)).map(ItemPayload::new);
    }

    @Mutation("addLedgerAction")
    @NonNull
    @Description("The unit (or 编办) adds a 整改措施 to an item not yet closed")
    public Uni<ItemPayload> addLedgerAction(@NonNull AddLedgerActionInput input) {
        return currentActor.get().chain(a -> ledger.addAction(a, input)).map(ItemPayload::new);
    }

    @Mutation("setLedgerActionDone")
    @NonNull
    @Description("The unit (or 编办) marks a 整改措施 done or not done")
    public Uni<ItemPayload> setLedgerActionDone(@NonNull SetLedgerActionDoneInput input) {
        return currentActor.get().chain(a -> ledger.setActionDone(a, input)).map(ItemPayload::new);
    }

    @Mutation("rectifyLedgerItem")
    @NonNull
    @Description("The unit (or 编办) reports an open item rectified with its evidence; on time or days late is frozen")
    public Uni<ItemPayload> rectifyLedgerItem(@NonNull RectifyLedgerItemInput input) {
        return currentActor.get().chain(a -> ledger.rectify(a, input)).map(ItemPayload::new);
    }

    @Mutation("verifyLedgerItem")
    @NonNull
    @Description("编办 verifies a rectification (never its own) with a rating; INEFFECTIVE returns the item to OPEN")
    public Uni<ItemPayload> verifyLedgerItem(@NonNull VerifyLedgerItemInput input) {
        return currentActor.get().chain(a -> ledger.verify(a, input)).map(ItemPayload::new);
    }

    @Mutation("closeLedgerItem")
    @NonNull
    @Description("编办 closes (销户) a verified item whose actions are all done")
    public Uni<ItemPayload> closeLedgerItem(@NonNull LedgerItemVersionInput input) {
        return currentActor.get().chain(a -> ledger.close(a, input)).map(ItemPayload::new);
    }

    @Mutation("requestLedgerExtension")
    @NonNull
    @Description("The unit asks to move an open item's due date, with a reason")
    public Uni<ItemPayload> requestLedgerExtension(@NonNull RequestLedgerExtensionInput input) {
        return currentActor.get().chain(a -> ledger.requestExtension(a, input)).map(ItemPayload::new);
    }

    @Mutation("decideLedgerExtension")
    @NonNull
    @Description("编办 approves (the due date moves) or refuses a pending extension request")
    public Uni<ItemPayload> decideLedgerExtension(@NonNull DecideLedgerExtensionInput input) {
        return currentActor.get().chain(a -> ledger.decideExtension(a, input)).map(ItemPayload::new);
    }

    private static <T> List<T> pick(List<LedgerItem> items, Function<LedgerItem, Long> id, Map<Long, T> byId) {
        return items.stream().map(i -> id.apply(i) == null ? null : byId.get(id.apply(i))).toList();
    }

    private static <T> List<List<T>> lists(List<LedgerItem> items, Map<Long, List<T>> byItem) {
        return items.stream().map(i -> byItem.getOrDefault(i.id, List.of())).toList();
    }
}
