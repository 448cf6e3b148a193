package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.RecordCaseVisitInput;
import cn.lvzhi.cases.inputs.ReopenCaseInput;
import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.time.OffsetDateTime;
import java.util.List;

/** GraphQL entry for 重办 (reopening a closed case into a new round of dispatch) and 回访 (return visits). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class CaseReopenGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final ReopenService service;
    private final CaseReads reads;
    private final UnitReads units;

    public CaseReopenGraphQLApi(CurrentScopedActor currentActor, ReopenService service, CaseReads reads, UnitReads units) {
        this.currentActor = currentActor;
        this.service = service;
        this.reads = reads;
        this.units = units;
    }

    @Mutation("reopenCase")
    @NonNull
    @Description("The originator or the district command centre reopens a closed case (重办) within the window after closing,"
            + " with a reason: it returns to ACCEPTED in a new round of dispatch; a retry with the same clientKey returns the case")
    public Uni<CasePayload> reopenCase(@NonNull ReopenCaseInput input) {
        return currentActor.get().chain(a -> service.reopen(a, input)).map(CasePayload::new);
    }

    @Mutation("recordCaseVisit")
    @NonNull
    @Description("The originator or the district command centre records a return visit (回访) after completion or closing")
    public Uni<CaseVisitPayload> recordCaseVisit(@NonNull RecordCaseVisitInput input) {
        return currentActor.get().chain(a -> service.visit(a, input)).map(CaseVisitPayload::new);
    }

    @Name("reopenableUntil")
    @Description("Until when the closed case may be reopened (the window after its last closing); null unless it is closed")
    public List<OffsetDateTime> reopenableUntil(@Source List<Case> cases) {
        return cases.stream().map(service::reopenableUntil).toList();
    }

    @Name("visits")
    @NonNull
    @Description("Return visits (回访记录), oldest first")
    public Uni<List<@NonNull List<@NonNull CaseVisit>>> visits(@Source List<Case> cases) {
        return currentActor.get().chain(a -> reads.visits(a, cases));
    }

    @Name("reopenings")
    @NonNull
    @Description("Reopenings (重办记录), oldest first")
    public Uni<List<@NonNull List<@NonNull CaseReopening>>> reopenings(@Source List<Case> cases) {
        return currentActor.get().chain(a -> reads.reopenings(a, cases));
    }

    @Name("byUnit")
    @NonNull
    @Description("The unit that recorded the visit")
    public Uni<List<@NonNull Unit>> visitUnit(@Source List<CaseVisit> visits) {
        return CaseGraphQLApi.unitsOf(units, visits, v -> v.byUnitId);
    }
}
