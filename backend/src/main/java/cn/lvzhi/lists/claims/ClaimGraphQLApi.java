package cn.lvzhi.lists.claims;

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

/** GraphQL entry for claiming (认领) and inspection coverage (检查覆盖率). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class ClaimGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final ClaimService service;
    private final UnitReads units;

    public ClaimGraphQLApi(CurrentScopedActor currentActor, ClaimService service, UnitReads units) {
        this.currentActor = currentActor;
        this.service = service;
        this.units = units;
    }

    @Query("claimCatalogue")
    @NonNull
    @Description("The upper-level catalogue a unit claims from, with its claims, by catalogue code; NOT_FOUND unless the caller sees the unit's figures")
    public Uni<List<@NonNull CatalogueEntry>> claimCatalogue(@NonNull @Id Long unitId) {
        return currentActor.get().chain(actor -> service.catalogue(actor, unitId));
    }

    @Query("claimStats")
    @NonNull
    @Description("Per unit: catalogue size, claimed, claim rate, inspection items, covered, coverage; units the caller sees, by code")
    public Uni<ClaimStatConnection> claimStats(@Id Long regionId,
                                               @Description("Unit ids (at most 200); absent for every unit the caller sees") List<String> unitIds,
                                               Integer first, String after) {
        return currentActor.get().chain(actor -> service.stats(actor, regionId, ClaimService.ids(unitIds), first, after));
    }

    @Mutation("claimCatalogueItems")
    @NonNull
    @Description("A department (or its establishment office) claims catalogue items; idempotent")
    public Uni<ClaimPayload> claimCatalogueItems(@NonNull ClaimCatalogueInput input) {
        return currentActor.get().chain(actor -> service.claim(actor, input));
    }

    @Mutation("unclaimCatalogueItems")
    @NonNull
    @Description("A department (or its establishment office) gives up claimed items, with the reason")
    public Uni<ClaimPayload> unclaimCatalogueItems(@NonNull UnclaimCatalogueInput input) {
        return currentActor.get().chain(actor -> service.unclaim(actor, input));
    }

    @Mutation("recordInspection")
    @NonNull
    @Description("The owning department records an inspection under one of its 行政检查 items")
    public Uni<InspectionPayload> recordInspection(@NonNull RecordInspectionInput input) {
        return currentActor.get().chain(actor -> service.recordInspection(actor, input)).map(InspectionPayload::new);
    }

    @Name("unit")
    @NonNull
    public Uni<List<@NonNull Unit>> statUnit(@Source List<ClaimStat> stats) {
        return units.byIds(stats.stream().map(ClaimStat::unitId).distinct().toList())
                .map(byId -> stats.stream().map(s -> byId.get(s.unitId())).toList());
    }
}
