package cn.lvzhi.staffing;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.staffing.StaffingTypes.PostSuggestionResult;
import cn.lvzhi.staffing.StaffingTypes.RecordWorkloadPayload;
import cn.lvzhi.staffing.StaffingTypes.WorkloadSummary;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** GraphQL entry for staffing from workload (编制测算). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class StaffingGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final StaffingService service;

    public StaffingGraphQLApi(CurrentScopedActor currentActor, StaffingService service) {
        this.currentActor = currentActor;
        this.service = service;
    }

    @Mutation("recordWorkload")
    @NonNull
    @Description("编办 records the year's workload (received, completed) of power items, by handling office")
    public Uni<RecordWorkloadPayload> recordWorkload(@NonNull StaffingTypes.RecordWorkload input) {
        return currentActor.get().chain(a -> service.record(a, input)).map(RecordWorkloadPayload::new);
    }

    @Query("workloadSummary")
    @NonNull
    @Description("The year's workload summed per office and per department, for the offices the caller sees")
    public Uni<WorkloadSummary> workloadSummary(@NonNull Integer year) {
        return currentActor.get().chain(a -> service.summary(a, year));
    }

    @Query("suggestPostsToMove")
    @NonNull
    @Description("How many of its office's posts move with a power item to another unit (编随事转)")
    public Uni<PostSuggestionResult> suggestPostsToMove(@NonNull StaffingTypes.SuggestPosts input) {
        return currentActor.get().chain(a -> service.suggest(a, input));
    }
}
