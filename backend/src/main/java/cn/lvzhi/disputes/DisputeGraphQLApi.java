package cn.lvzhi.disputes;

import cn.lvzhi.cases.Case;
import cn.lvzhi.cases.CaseReads;
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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** GraphQL entry for disputes (职责争议) and their coordination ladder. Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class DisputeGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final DisputeReads reads;
    private final DisputeService service;
    private final CaseReads cases;
    private final UnitReads units;

    public DisputeGraphQLApi(CurrentScopedActor currentActor, DisputeReads reads, DisputeService service, CaseReads cases,
                             UnitReads units) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.service = service;
        this.cases = cases;
        this.units = units;
    }

    @Query("disputes")
    @NonNull
    @Description("The disputes of the cases the caller may see, newest first (first: 1..200, default 50)")
    public Uni<DisputeConnection> disputes(DisputeFilter filter, Integer first, String after) {
        return currentActor.get().chain(a -> reads.page(a, filter, first, after));
    }

    @Query("dispute")
    @NonNull
    @Description("One dispute; NOT_FOUND when absent or its case is not visible to the caller")
    public Uni<Dispute> dispute(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.byId(a, id));
    }

    @Mutation("recordDisputeStep")
    @NonNull
    @Description("Record a meeting's minutes or an opinion at the current rung")
    public Uni<DisputePayload> recordDisputeStep(@NonNull RecordDisputeStepInput input) {
        return currentActor.get().chain(a -> service.recordStep(a, input)).map(DisputePayload::new);
    }

    @Mutation("escalateDispute")
    @NonNull
    @Description("Move the dispute to the next rung of the ladder; CONFLICT at the top or when the rung is stale")
    public Uni<DisputePayload> escalateDispute(@NonNull EscalateDisputeInput input) {
        return currentActor.get().chain(a -> service.escalate(a, input)).map(DisputePayload::new);
    }

    @Mutation("resolveDispute")
    @NonNull
    @Description("Name the lead unit: dispatches the case to it and drafts a boundary item for the establishment office")
    public Uni<DisputePayload> resolveDispute(@NonNull ResolveDisputeInput input) {
        return currentActor.get().chain(a -> service.resolve(a, input)).map(DisputePayload::new);
    }

    // ---- nested fields, each resolved for a whole batch of parents

    @Name("dispute")
    @Description("The case's latest dispute (职责争议), if it was ever disputed")
    public Uni<List<Dispute>> caseDispute(@Source List<Case> caseFiles) {
        return reads.latestOf(caseFiles.stream().map(c -> c.id).distinct().toList())
                .map(latest -> caseFiles.stream().map(c -> latest.get(c.id)).toList());
    }

    @Name("case")
    @NonNull
    public Uni<List<@NonNull Case>> caseOf(@Source List<Dispute> disputes) {
        return currentActor.get().chain(a -> cases.byIds(a, disputes.stream().map(d -> d.caseId).distinct().toList()))
                .map(byId -> disputes.stream().map(d -> byId.get(d.caseId)).toList());
    }

    @Name("steps")
    @NonNull
    @Description("Every recorded step, oldest first")
    public Uni<List<@NonNull List<@NonNull DisputeStep>>> steps(@Source List<Dispute> disputes) {
        return reads.steps(disputes.stream().map(d -> d.id).distinct().toList())
                .map(byDispute -> disputes.stream().map(d -> byDispute.getOrDefault(d.id, List.of())).toList());
    }

    @Name("leadUnit")
    public Uni<List<Unit>> leadUnit(@Source List<Dispute> disputes) {
        Set<Long> ids = new HashSet<>();
        disputes.forEach(d -> ids.add(d.leadUnitId));
        ids.remove(null);
        return units.byIds(ids).map(byId -> disputes.stream().map(d -> d.leadUnitId == null ? null : byId.get(d.leadUnitId)).toList());
    }

    @Name("unit")
    @NonNull
    public Uni<List<@NonNull Unit>> partyUnit(@Source List<DisputeParty> parties) {
        Set<Long> ids = new HashSet<>();
        parties.forEach(p -> ids.add(p.unitId()));
        return units.byIds(ids).map(byId -> parties.stream().map(p -> byId.get(p.unitId())).toList());
    }
}
