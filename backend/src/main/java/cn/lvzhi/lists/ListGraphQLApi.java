package cn.lvzhi.lists;

import cn.lvzhi.common.ApiErrors;
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

/** GraphQL entry for the lists (清单): browsing, history, proposals and decisions. Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class ListGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final ListReads reads;
    private final ListService service;
    private final UnitReads units;

    public ListGraphQLApi(CurrentScopedActor currentActor, ListReads reads, ListService service, UnitReads units) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.service = service;
        this.units = units;
    }

    @Query("listItems")
    @NonNull
    @Description("Items of one list, by code; published ones unless a status is asked for")
    public Uni<ListItemConnection> listItems(@NonNull ListItemFilter filter, Integer first, String after) {
        return currentActor.get().chain(actor -> reads.page(actor, filter, first, after));
    }

    @Query("listItem")
    @NonNull
    @Description("One item; NOT_FOUND when absent or a draft the caller may not see")
    public Uni<ListItem> listItem(@NonNull @Id Long id) {
        return currentActor.get().chain(actor -> reads.item(actor, id));
    }

    @Query("listItemDiff")
    @NonNull
    @Description("What changed between two published versions of an item (版本比对)")
    public Uni<List<@NonNull FieldChange>> listItemDiff(@NonNull @Id Long itemId, @NonNull Integer fromVersion, @NonNull Integer toVersion) {
        return currentActor.get().chain(actor -> reads.diff(actor, itemId, fromVersion, toVersion));
    }

    @Query("listCounts")
    @NonNull
    @Description("Published items per owner unit (and power type) of one list (事项数统计)")
    public Uni<List<@NonNull ListCount>> listCounts(@NonNull ListKind kind) {
        return currentActor.get().chain(actor -> reads.counts(kind));
    }

    @Query("listChanges")
    @NonNull
    @Description("Proposals the caller may see, newest first; status PENDING is the approval queue (待审核)")
    public Uni<ListChangeConnection> listChanges(ChangeStatus status, Integer first, String after) {
        return currentActor.get().chain(actor -> reads.changes(actor, status, first, after));
    }

    @Mutation("proposeListChange")
    @NonNull
    @Description("A department, township or the establishment office proposes adding, changing or retiring an item")
    public Uni<ListChangePayload> proposeListChange(@NonNull ProposeListChangeInput input) {
        return currentActor.get().chain(actor -> service.propose(actor, input)).map(ListChangePayload::new);
    }

    @Mutation("decideListChange")
    @NonNull
    @Description("The establishment office approves (publishing a new version) or rejects a proposal")
    public Uni<ListChangePayload> decideListChange(@NonNull DecideListChangeInput input) {
        return currentActor.get().chain(actor -> service.decide(actor, input)).map(ListChangePayload::new);
    }

    @Mutation("withdrawListChange")
    @NonNull
    @Description("The proposing unit withdraws a pending proposal")
    public Uni<ListChangePayload> withdrawListChange(@NonNull @Id Long changeId) {
        return currentActor.get().chain(actor -> service.withdraw(actor, changeId)).map(ListChangePayload::new);
    }

    @Name("unit")
    @NonNull
    @Description("The owner unit")
    public Uni<List<@NonNull Unit>> itemUnit(@Source List<ListItem> items) {
        List<Long> ids = items.stream().map(i -> i.unitId).distinct().toList();
        return units.byIds(ids).map(byId -> items.stream().map(i -> byId.get(i.unitId)).toList());
    }

    @Name("versions")
    @NonNull
    @Description("Every published version, oldest first (历史版本)")
    public Uni<List<@NonNull List<@NonNull ListItemVersion>>> versions(@Source List<ListItem> items) {
        List<Long> ids = items.stream().map(i -> i.id).distinct().toList();
        return reads.versions(ids).map(byItem -> items.stream().map(i -> byItem.getOrDefault(i.id, List.of())).toList());
    }

    @Name("item")
    @NonNull
    public Uni<List<@NonNull ListItem>> changeItem(@Source List<ListChange> changes) {
        List<Long> ids = changes.stream().map(c -> c.itemId).distinct().toList();
        return reads.itemsByIds(ids).map(byId -> changes.stream().map(c -> byId.get(c.itemId)).toList());
    }

    @Name("proposerUnit")
    @NonNull
    public Uni<List<@NonNull Unit>> proposerUnit(@Source List<ListChange> changes) {
        List<Long> ids = changes.stream().map(c -> c.proposerUnitId).filter(Objects::nonNull).distinct().toList();
        return units.byIds(ids).map(byId -> changes.stream().map(c -> byId.get(c.proposerUnitId)).toList());
    }
}
