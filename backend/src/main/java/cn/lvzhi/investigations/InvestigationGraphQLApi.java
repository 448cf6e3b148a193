package cn.lvzhi.investigations;

import cn.lvzhi.cases.Case;
import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.cases.Rating;
import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.org.CurrentScopedActor;
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

/** GraphQL entry for investigations (责任倒查) by the discipline office and the organisation department. Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class InvestigationGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final InvestigationReads reads;
    private final InvestigationService service;
    private final CaseReads cases;

    public InvestigationGraphQLApi(CurrentScopedActor currentActor, InvestigationReads reads, InvestigationService service,
                                   CaseReads cases) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.service = service;
        this.cases = cases;
    }

    @Query("investigations")
    @NonNull
    @Description("Investigations of the caller's region, newest first; empty for anyone but discipline/organisation")
    public Uni<InvestigationConnection> investigations(InvestigationFilter filter, Integer first, String after) {
        return currentActor.get().chain(a -> reads.page(a, filter, first, after));
    }

    @Query("investigation")
    @NonNull
    @Description("One investigation; NOT_FOUND for anyone but discipline/organisation of its region")
    public Uni<Investigation> investigation(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.byId(a, id));
    }

    @Query("unsatisfiedRatings")
    @NonNull
    @Description("The 不满意 ratings the caller may see, newest first: those on dispatches it may see (谁派单、谁知情: a department its own and what lies below them; discipline/organisation whole cases), each with its case")
    public Uni<RatingConnection> unsatisfiedRatings(Integer first, String after) {
        return currentActor.get().chain(a -> reads.unsatisfied(a, first, after));
    }

    @Mutation("openInvestigation")
    @NonNull
    @Description("Open an investigation (责任倒查) of an UNSATISFIED rating; discipline/organisation only")
    public Uni<InvestigationPayload> openInvestigation(@NonNull OpenInvestigationInput input) {
        return currentActor.get().chain(a -> service.open(a, input)).map(InvestigationPayload::new);
    }

    @Mutation("recordInvestigationFinding")
    @NonNull
    @Description("Record a finding of an open investigation")
    public Uni<InvestigationPayload> recordInvestigationFinding(@NonNull RecordInvestigationFindingInput input) {
        return currentActor.get().chain(a -> service.recordFinding(a, input)).map(InvestigationPayload::new);
    }

    @Mutation("concludeInvestigation")
    @NonNull
    @Description("Conclude an investigation: 无责 / 提醒谈话 / 通报批评 / 问责, with the units and people concerned")
    public Uni<InvestigationPayload> concludeInvestigation(@NonNull ConcludeInvestigationInput input) {
        return currentActor.get().chain(a -> service.conclude(a, input)).map(InvestigationPayload::new);
    }

    // ---- nested fields, each resolved for a whole batch of parents

    @Name("findings")
    @NonNull
    public Uni<List<@NonNull List<@NonNull InvestigationFinding>>> findings(@Source List<Investigation> investigations) {
        return reads.findings(investigations.stream().map(i -> i.id).distinct().toList())
                .map(byId -> investigations.stream().map(i -> byId.getOrDefault(i.id, List.of())).toList());
    }

    @Name("case")
    @NonNull
    @Description("The case with its full trail")
    public Uni<List<@NonNull Case>> investigationCase(@Source List<Investigation> investigations) {
        return currentActor.get().chain(a -> cases.byIds(a, investigations.stream().map(i -> i.caseId).distinct().toList()))
                .map(byId -> investigations.stream().map(i -> byId.get(i.caseId)).toList());
    }

    @Name("rating")
    @NonNull
    public Uni<List<@NonNull Rating>> investigatedRating(@Source List<Investigation> investigations) {
        return currentActor.get().chain(a -> cases.visibleRatings(a, investigations.stream().map(i -> i.ratingId).distinct().toList()))
                .map(byId -> investigations.stream().map(i -> byId.get(i.ratingId)).toList());
    }

    @Name("case")
    @NonNull
    @Description("The rated case")
    public Uni<List<@NonNull Case>> ratingCase(@Source List<Rating> ratings) {
        return currentActor.get().chain(a -> cases.byIds(a, ratings.stream().map(r -> r.caseId).distinct().toList()))
                .map(byId -> ratings.stream().map(r -> byId.get(r.caseId)).toList());
    }

    @Name("investigation")
    @Description("The investigation of this rating (责任倒查); null unless the caller is discipline/organisation")
    public Uni<List<Investigation>> ratingInvestigation(@Source List<Rating> ratings) {
        return currentActor.get().chain(a -> reads.byRatings(a, ratings.stream().map(r -> r.id).distinct().toList()))
                .map(byRating -> ratings.stream().map(r -> byRating.get(r.id)).toList());
    }
}
