package cn.lvzhi.evaluation.peer;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.peer.inputs.AddPeerConflictInput;
import cn.lvzhi.evaluation.peer.inputs.GeneratePeerMatrixInput;
import cn.lvzhi.evaluation.peer.inputs.RatePeerInput;
import cn.lvzhi.evaluation.peer.inputs.RemovePeerConflictInput;
import cn.lvzhi.evaluation.peer.inputs.SavePeerRulesInput;
import cn.lvzhi.evaluation.peer.inputs.SubmitPeerRatingsInput;
import cn.lvzhi.org.CurrentScopedActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** GraphQL entry for peer assessment (互评: 部门互评、乡镇评部门、部门评乡镇). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class PeerGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final PeerReads reads;
    private final PeerService peer;

    public PeerGraphQLApi(CurrentScopedActor currentActor, PeerReads reads, PeerService peer) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.peer = peer;
    }

    @Query("peerAssessment")
    @NonNull
    @Description("A round's peer set-up (rules, window) and the caller's seat in it")
    public Uni<PeerViews.Assessment> peerAssessment(@NonNull @Id Long roundId) {
        return currentActor.get().chain(a -> reads.assessment(a, roundId));
    }

    @Query("peerMatrix")
    @NonNull
    @Description("编办 and leaders: raters per target and each rater unit's completion (never a rating)")
    public Uni<PeerViews.Matrix> peerMatrix(@NonNull @Id Long roundId) {
        return currentActor.get().chain(a -> reads.matrix(a, roundId));
    }

    @Query("peerAggregates")
    @NonNull
    @Description("Peer scores per target: 编办 and leaders all; a unit its own after publication")
    public Uni<List<PeerViews.@NonNull Aggregate>> peerAggregates(@NonNull @Id Long roundId) {
        return currentActor.get().chain(a -> reads.aggregates(a, roundId));
    }

    @Query("myPeerTasks")
    @NonNull
    @Description("The caller's unit's rating tasks in the round (我的互评任务) and its own ratings")
    public Uni<PeerViews.MyTasks> myPeerTasks(@NonNull @Id Long roundId) {
        return currentActor.get().chain(a -> reads.myTasks(a, roundId));
    }

    @Query("peerConflicts")
    @NonNull
    @Description("The conflict register entries applying to the round (its own and the region's)")
    public Uni<List<PeerViews.@NonNull Conflict>> peerConflicts(@NonNull @Id Long roundId) {
        return currentActor.get().chain(a -> reads.conflicts(a, roundId));
    }

    @Mutation("savePeerRules")
    @NonNull
    public Uni<PeerViews.AssessmentPayload> savePeerRules(@NonNull @Valid @Name("input") SavePeerRulesInput input) {
        return currentActor.get().chain(a -> peer.saveRules(a, input)).map(PeerViews.AssessmentPayload::new);
    }

    @Mutation("generatePeerMatrix")
    @NonNull
    @Description("Generates the matrix from the rules and conflicts; before any rating it replaces the previous one")
    public Uni<PeerViews.GeneratePayload> generatePeerMatrix(@NonNull @Valid @Name("input") GeneratePeerMatrixInput input) {
        return currentActor.get().chain(a -> peer.generate(a, input))
                .map(g -> new PeerViews.GeneratePayload(g.assessment(), g.assignmentCount(), g.shortfalls()));
    }

    @Mutation("addPeerConflict")
    @NonNull
    public Uni<PeerViews.ConflictPayload> addPeerConflict(@NonNull @Valid @Name("input") AddPeerConflictInput input) {
        return currentActor.get().chain(a -> peer.addConflict(a, input)).map(PeerViews.ConflictPayload::new);
    }

    @Mutation("removePeerConflict")
    @NonNull
    public Uni<PeerViews.RemovedPayload> removePeerConflict(@NonNull @Valid @Name("input") RemovePeerConflictInput input) {
        return currentActor.get().chain(a -> peer.removeConflict(a, input)).map(PeerViews.RemovedPayload::new);
    }

    @Mutation("ratePeer")
    @NonNull
    @Description("The caller's unit rates one of its assigned targets")
    public Uni<PeerViews.RatePayload> ratePeer(@NonNull @Valid @Name("input") RatePeerInput input) {
        return currentActor.get().chain(a -> peer.rate(a, input)).map(PeerViews.RatePayload::new);
    }

    @Mutation("submitPeerRatings")
    @NonNull
    @Description("The caller's unit submits its whole set of ratings; they are locked from then on")
    public Uni<PeerViews.SubmitPayload> submitPeerRatings(@NonNull @Valid @Name("input") SubmitPeerRatingsInput input) {
        return currentActor.get().chain(a -> peer.submit(a, input).chain(() -> reads.myTasks(a, input.roundId)))
                .map(PeerViews.SubmitPayload::new);
    }
}
