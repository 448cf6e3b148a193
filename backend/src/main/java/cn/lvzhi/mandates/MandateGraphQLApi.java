package cn.lvzhi.mandates;

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

/** GraphQL entry for mandates (“三定”规定): duties, staffing and its history, offices. Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class MandateGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final MandateReads reads;
    private final MandateService service;
    private final UnitReads units;

    public MandateGraphQLApi(CurrentScopedActor currentActor, MandateReads reads, MandateService service, UnitReads units) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.service = service;
        this.units = units;
    }

    @Query("mandate")
    @NonNull
    @Description("A department's or township's mandate; NOT_FOUND for other units and for systems")
    public Uni<Mandate> mandate(@NonNull @Id Long unitId) {
        return currentActor.get().chain(actor -> reads.mandateUnit(actor, unitId)).map(unit -> new Mandate(unit.id));
    }

    @Name("unit")
    @NonNull
    public Uni<List<@NonNull Unit>> mandateUnit(@Source List<Mandate> mandates) {
        return units.byIds(mandates.stream().map(Mandate::unitId).distinct().toList())
                .map(byId -> mandates.stream().map(m -> byId.get(m.unitId())).toList());
    }

    @Name("duties")
    @NonNull
    @Description("The duty articles in order; the filter narrows them (transferredOnly: 划转职责)")
    public Uni<List<@NonNull List<@NonNull Duty>>> duties(@Source List<Mandate> mandates, DutyFilter filter) {
        return reads.duties(mandates.stream().map(Mandate::unitId).distinct().toList(), filter)
                .map(byUnit -> mandates.stream().map(m -> byUnit.getOrDefault(m.unitId(), List.of())).toList());
    }

    @Name("staffing")
    @Description("The current staffing; absent before the first approval")
    public Uni<List<Staffing>> staffing(@Source List<Mandate> mandates) {
        return reads.staffing(mandates.stream().map(Mandate::unitId).distinct().toList())
                .map(byUnit -> mandates.stream().map(m -> byUnit.get(m.unitId())).toList());
    }

    @Name("staffingHistory")
    @NonNull
    @Description("Every staffing change, newest first (编制变更记录)")
    public Uni<StaffingChangeConnection> staffingHistory(@Source Mandate mandate, Integer first, String after) {
        return reads.history(mandate.unitId(), first, after);
    }

    @Name("offices")
    @NonNull
    @Description("The internal offices (内设机构)")
    public Uni<List<@NonNull List<@NonNull Unit>>> offices(@Source List<Mandate> mandates) {
        return reads.offices(mandates.stream().map(Mandate::unitId).distinct().toList())
                .map(byUnit -> mandates.stream().map(m -> byUnit.getOrDefault(m.unitId(), List.of())).toList());
    }

    @Name("relatedUnit")
    @Description("Transfers: the unit the duty came from or went to")
    public Uni<List<Unit>> relatedUnit(@Source List<Duty> duties) {
        List<Long> ids = duties.stream().map(d -> d.relatedUnitId).filter(Objects::nonNull).distinct().toList();
        return units.byIds(ids).map(byId -> duties.stream()
                .map(d -> d.relatedUnitId == null ? null : byId.get(d.relatedUnitId)).toList());
    }

    @Mutation("saveDuty")
    @NonNull
    @Description("编办 adds a duty to a mandate (no id) or changes one (id and version)")
    public Uni<DutyPayload> saveDuty(@NonNull SaveDutyInput input) {
        return currentActor.get().chain(actor -> service.saveDuty(actor, input)).map(DutyPayload::new);
    }

    @Mutation("removeDuty")
    @NonNull
    @Description("编办 deletes a duty entered by mistake")
    public Uni<RemoveDutyPayload> removeDuty(@NonNull RemoveDutyInput input) {
        return currentActor.get().chain(actor -> service.removeDuty(actor, input)).map(RemoveDutyPayload::new);
    }

    @Mutation("changeStaffing")
    @NonNull
    @Description("编办 records new staffing figures with the approving document; appends to the history")
    public Uni<StaffingPayload> changeStaffing(@NonNull ChangeStaffingInput input) {
        return currentActor.get().chain(actor -> service.changeStaffing(actor, input));
    }
}
