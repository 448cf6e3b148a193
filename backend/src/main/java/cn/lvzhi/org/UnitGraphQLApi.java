package cn.lvzhi.org;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.security.CurrentActor;
import cn.lvzhi.security.Me;
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

/** GraphQL entry for the organisation tree (组织机构). Maps and delegates; the rules live in the service and policy. */
@GraphQLApi
@Authenticated
@ApiErrors
public class UnitGraphQLApi {
    private final CurrentActor currentActor;
    private final CurrentScopedActor scopedActor;
    private final UnitReads reads;
    private final UnitService service;

    public UnitGraphQLApi(CurrentActor currentActor, CurrentScopedActor scopedActor, UnitReads reads, UnitService service) {
        this.currentActor = currentActor;
        this.scopedActor = scopedActor;
        this.reads = reads;
        this.service = service;
    }

    @Query("unit")
    @NonNull
    @Description("One unit by id; NOT_FOUND when absent")
    public Uni<Unit> unit(@NonNull @Id Long id) {
        return currentActor.get().chain(actor -> reads.byId(id));
    }

    @Query("unitByCode")
    @NonNull
    @Description("One unit by its code (单位编码), e.g. JZ-QH-D10; NOT_FOUND when absent")
    public Uni<Unit> unitByCode(@NonNull String code) {
        return currentActor.get().chain(actor -> reads.byCode(code));
    }

    @Query("unitsByCodes")
    @NonNull
    @Description("The units with these codes (at most 200), ordered by code; unknown codes are left out")
    public Uni<List<@NonNull Unit>> unitsByCodes(@NonNull List<@NonNull String> codes) {
        return currentActor.get().chain(actor -> reads.byCodes(codes));
    }

    @Query("units")
    @NonNull
    @Description("Units as a cursor connection ordered by code; first is 1..200 (default 50)")
    public Uni<UnitConnection> units(UnitFilter filter, Integer first, String after) {
        return currentActor.get().chain(actor -> reads.page(filter, first, after));
    }

    @Query("unitSubtree")
    @NonNull
    @Description("A unit and its descendants down to maxDepth levels (default 2, at most 4), parents first")
    public Uni<List<@NonNull Unit>> unitSubtree(@NonNull @Id Long rootId, Integer maxDepth) {
        return currentActor.get().chain(actor -> reads.subtree(rootId, maxDepth));
    }

    @Mutation("createUnit")
    @NonNull
    @Description("编办 adds a unit inside its region")
    public Uni<UnitPayload> createUnit(@NonNull CreateUnitInput input) {
        return scopedActor.get().chain(actor -> service.create(actor, input)).map(UnitPayload::new);
    }

    @Mutation("updateUnit")
    @NonNull
    @Description("编办 changes a unit inside its region; a stale version is a CONFLICT")
    public Uni<UnitPayload> updateUnit(@NonNull UpdateUnitInput input) {
        return scopedActor.get().chain(actor -> service.update(actor, input)).map(UnitPayload::new);
    }

    @Name("parent")
    public Uni<List<Unit>> parent(@Source List<Unit> units) {
        List<Long> ids = units.stream().map(u -> u.parentId).filter(java.util.Objects::nonNull).distinct().toList();
        return reads.byIds(ids).map(byId -> units.stream().map(u -> u.parentId == null ? null : byId.get(u.parentId)).toList());
    }

    @Name("childCount")
    @NonNull
    public Uni<List<@NonNull Integer>> childCount(@Source List<Unit> units) {
        List<Long> ids = units.stream().map(u -> u.id).distinct().toList();
        return reads.childCounts(ids).map(counts -> units.stream()
                .map(u -> counts.getOrDefault(u.id, 0L).intValue()).toList());
    }

    @Name("unit")
    @NonNull
    @Description("The unit the caller belongs to")
    public Uni<Unit> meUnit(@Source Me me) {
        return currentActor.get().chain(actor -> reads.byId(actor.unitId()));
    }
}
