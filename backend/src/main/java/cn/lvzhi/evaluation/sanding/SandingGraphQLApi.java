package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.sanding.inputs.LinkDutyItemsInput;
import cn.lvzhi.evaluation.sanding.inputs.RecordDutyFindingInput;
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

/** GraphQL entry for 三定 execution findings (润州: 缺位、越位、错位; 取消、加强的跟踪). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class SandingGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final SandingReads reads;
    private final SandingService service;
    private final UnitReads units;

    public SandingGraphQLApi(CurrentScopedActor currentActor, SandingReads reads, SandingService service, UnitReads units) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.service = service;
        this.units = units;
    }

    @Query("sandingDuties")
    @NonNull
    @Description("The duties of a department's mandate (at most a few dozen articles) in a round, each with 编办's finding and, "
            + "for cancelled or strengthened duties, the follow-up (编办 and leaders: any department in scope; a department: its own)")
    public Uni<List<@NonNull SandingDuty>> sandingDuties(@NonNull @Id Long roundId, @NonNull @Id Long unitId) {
        return currentActor.get().chain(a -> reads.duties(a, roundId, unitId));
    }

    @Query("sandingSummary")
    @NonNull
    @Description("A round's 三定 findings counted per department in scope with a mandate (a department: its own) and for the region")
    public Uni<SandingSummary> sandingSummary(@NonNull @Id Long roundId) {
        return currentActor.get().chain(a -> reads.summary(a, roundId));
    }

    @Query("dutyItemSuggestions")
    @NonNull
    @Description("List items of the duty's unit and its offices to link to the duty, linked ones first, then by text similarity (编办 and leaders)")
    public Uni<List<@NonNull ItemSuggestion>> dutyItemSuggestions(@NonNull @Id Long dutyId) {
        return currentActor.get().chain(a -> reads.suggestions(a, dutyId));
    }

    @Mutation("recordDutyFinding")
    @NonNull
    @Description("编办 records or changes its finding on a duty in a round (until the round is published); a finding other than "
            + "履行到位, and a failed follow-up of a cancelled or strengthened duty, each raise one problem for the ledger")
    public Uni<DutyFindingPayload> recordDutyFinding(@NonNull RecordDutyFindingInput input) {
        return currentActor.get().chain(a -> service.record(a, input)).map(DutyFindingPayload::new);
    }

    @Mutation("linkDutyItems")
    @NonNull
    @Description("编办 sets the list items that carry a duty (replacing its earlier links)")
    public Uni<DutyItemLinksPayload> linkDutyItems(@NonNull LinkDutyItemsInput input) {
        return currentActor.get().chain(a -> service.link(a, input));
    }

    @Name("wrongUnit")
    @Description("错位: the unit that performed the duty instead")
    public Uni<List<Unit>> wrongUnit(@Source List<DutyFinding> findings) {
        return units.byIds(findings.stream().map(f -> f.wrongUnitId).filter(Objects::nonNull).distinct().toList())
                .map(byId -> findings.stream().map(f -> f.wrongUnitId == null ? null : byId.get(f.wrongUnitId)).toList());
    }
}
