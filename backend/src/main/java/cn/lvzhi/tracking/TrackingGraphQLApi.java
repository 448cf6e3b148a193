package cn.lvzhi.tracking;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import cn.lvzhi.tracking.inputs.AdvanceRoundStepInput;
import cn.lvzhi.tracking.inputs.ApplyForEstablishmentInput;
import cn.lvzhi.tracking.inputs.ArchiveReviewInput;
import cn.lvzhi.tracking.inputs.ChangeRoundScopeInput;
import cn.lvzhi.tracking.inputs.CreateEstablishmentMatterInput;
import cn.lvzhi.tracking.inputs.PlanTrackingRoundInput;
import cn.lvzhi.tracking.inputs.RecordRectificationInput;
import cn.lvzhi.tracking.inputs.RequireRectificationInput;
import cn.lvzhi.tracking.inputs.SaveTrackingTemplateInput;
import cn.lvzhi.tracking.inputs.ScoreMatterInput;
import cn.lvzhi.tracking.inputs.SubmitSelfCheckInput;
import cn.lvzhi.tracking.inputs.UpdateEstablishmentMatterInput;
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

/** GraphQL entry for follow-up of establishment decisions (跟踪问效). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class TrackingGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final TrackingReads reads;
    private final MatterService matters;
    private final RoundService rounds;
    private final ReviewService reviews;
    private final UnitReads units;

    public TrackingGraphQLApi(CurrentScopedActor currentActor, TrackingReads reads, MatterService matters,
                              RoundService rounds, ReviewService reviews, UnitReads units) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.matters = matters;
        this.rounds = rounds;
        this.reviews = reviews;
        this.units = units;
    }

    @Query("establishmentMatters")
    @NonNull
    @Description("Establishment matters (机构编制事项) the caller sees: the region's for 编办, committee and leaders; a unit's own")
    public Uni<EstablishmentMatterConnection> establishmentMatters(MatterFilter filter, Integer first, String after) {
        return currentActor.get().chain(a -> reads.matters(a, filter, first, after));
    }

    @Query("establishmentMatter")
    @NonNull
    public Uni<EstablishmentMatter> establishmentMatter(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.matter(a, id));
    }

    @Name("unit")
    @NonNull
    public Uni<List<@NonNull Unit>> matterUnit(@Source List<EstablishmentMatter> matters) {
        return units.byIds(matters.stream().map(m -> m.unitId).distinct().toList())
                .map(byId -> matters.stream().map(m -> byId.get(m.unitId)).toList());
    }

    @Query("establishmentApplications")
    @NonNull
    @Description("Establishment applications (机构编制事项申请), newest first: a unit's own; the region's for 编办, committee and leaders")
    public Uni<EstablishmentApplicationConnection> establishmentApplications(Integer first, String after) {
        return currentActor.get().chain(a -> reads.applications(a, first, after));
    }

    @Name("unit")
    @NonNull
    public Uni<List<@NonNull Unit>> applicationUnit(@Source List<EstablishmentApplication> applications) {
        return units.byIds(applications.stream().map(a -> a.unitId).distinct().toList())
                .map(byId -> applications.stream().map(a -> byId.get(a.unitId)).toList());
    }

    @Query("establishmentSuspension")
    @NonNull
    @Description("Whether the caller's unit has its applications suspended (an overdue rectification), and why")
    public Uni<Suspension> establishmentSuspension() {
        return currentActor.get().chain(reads::suspension);
    }

    @Query("trackingTemplates")
    @NonNull
    @Description("The template of each kind (问效指标模板)")
    public Uni<List<@NonNull TrackingTemplate>> trackingTemplates() {
        return currentActor.get().chain(reads::templates);
    }

    @Query("trackingRounds")
    @NonNull
    public Uni<TrackingRoundConnection> trackingRounds(Integer first, String after) {
        return currentActor.get().chain(a -> reads.rounds(a, first, after));
    }

    @Query("trackingRound")
    @NonNull
    public Uni<TrackingRound> trackingRound(@NonNull @Id Long id) {
        return currentActor.get().chain(a -> reads.round(a, id));
    }

    @Name("steps")
    @NonNull
    @Description("The steps entered so far, each dated and attributed")
    public Uni<List<@NonNull List<@NonNull RoundStepRecord>>> steps(@Source List<TrackingRound> rounds) {
        return reads.steps(rounds.stream().map(r -> r.id).distinct().toList())
                .map(byRound -> rounds.stream().map(r -> byRound.getOrDefault(r.id, List.of())).toList());
    }

    @Name("matters")
    @NonNull
    @Description("The matters of the round the caller sees (a unit under review: only its own)")
    public Uni<List<@NonNull List<@NonNull RoundMatterView>>> roundMatters(@Source List<TrackingRound> rounds) {
        return currentActor.get().chain(a -> reads.roundMatters(a, rounds.stream().map(r -> r.id).distinct().toList()))
                .map(byRound -> rounds.stream().map(r -> byRound.getOrDefault(r.id, List.of())).toList());
    }

    @Query("rankingOfKind")
    @NonNull
    @Description("The round's fully scored matters of one kind, best first (同类排名)")
    public Uni<List<@NonNull RankingRow>> rankingOfKind(@NonNull @Id Long roundId, @NonNull MatterKind kind) {
        return currentActor.get().chain(a -> reads.ranking(a, roundId, kind));
    }

    @Query("trackingArchive")
    @NonNull
    @Description("The archived review of a matter in a round, with its content hash")
    public Uni<ArchiveEntry> trackingArchive(@NonNull @Id Long roundId, @NonNull @Id Long matterId) {
        return currentActor.get().chain(a -> reads.archive(a, roundId, matterId));
    }

    @Mutation("createEstablishmentMatter")
    @NonNull
    public Uni<EstablishmentMatterPayload> createEstablishmentMatter(@NonNull CreateEstablishmentMatterInput input) {
        return currentActor.get().chain(a -> matters.createMatter(a, input)).map(EstablishmentMatterPayload::new);
    }

    @Mutation("updateEstablishmentMatter")
    @NonNull
    public Uni<EstablishmentMatterPayload> updateEstablishmentMatter(@NonNull UpdateEstablishmentMatterInput input) {
        return currentActor.get().chain(a -> matters.updateMatter(a, input)).map(EstablishmentMatterPayload::new);
    }

    @Mutation("saveTrackingTemplate")
    @NonNull
    @Description("编办 replaces a kind's indicators; points must sum to exactly 100")
    public Uni<TrackingTemplatePayload> saveTrackingTemplate(@NonNull SaveTrackingTemplateInput input) {
        return currentActor.get().chain(a -> rounds.saveTemplate(a, input)).map(TrackingTemplatePayload::new);
    }

    @Mutation("planTrackingRound")
    @NonNull
    @Description("编办 plans a round; every matter approved 6–12 months before the plan date is proposed")
    public Uni<TrackingRoundPayload> planTrackingRound(@NonNull PlanTrackingRoundInput input) {
        return currentActor.get().chain(a -> rounds.planRound(a, input)).map(TrackingRoundPayload::new);
    }

    @Mutation("changeRoundScope")
    @NonNull
    @Description("编办 adds or drops a matter, with a reason, before the self-check")
    public Uni<TrackingRoundPayload> changeRoundScope(@NonNull ChangeRoundScopeInput input) {
        return currentActor.get().chain(a -> rounds.changeScope(a, input)).map(TrackingRoundPayload::new);
    }

    @Mutation("advanceRoundStep")
    @NonNull
    @Description("编办 moves the round to the next of the seven steps; anything else is a CONFLICT naming the current step")
    public Uni<TrackingRoundPayload> advanceRoundStep(@NonNull AdvanceRoundStepInput input) {
        return currentActor.get().chain(a -> rounds.advanceStep(a, input)).map(TrackingRoundPayload::new);
    }

    @Mutation("submitSelfCheck")
    @NonNull
    @Description("The unit under review fills in its self-check (自评自查) during that step")
    public Uni<SelfCheckPayload> submitSelfCheck(@NonNull SubmitSelfCheckInput input) {
        return currentActor.get().chain(a -> reviews.submitSelfCheck(a, input));
    }

    @Mutation("scoreMatter")
    @NonNull
    @Description("编办 scores indicators of a matter (on-site check or assessment); returns the normalised result")
    public Uni<ScoreMatterPayload> scoreMatter(@NonNull ScoreMatterInput input) {
        return currentActor.get().chain(a -> reviews.scoreMatter(a, input));
    }

    @Mutation("requireRectification")
    @NonNull
    @Description("编办 requires a rectification with a deadline (feedback or rectification step)")
    public Uni<RectificationPayload> requireRectification(@NonNull RequireRectificationInput input) {
        return currentActor.get().chain(a -> reviews.requireRectification(a, input)).map(RectificationPayload::new);
    }

    @Mutation("recordRectification")
    @NonNull
    @Description("编办 records a rectification done; this lifts the suspension of the unit's applications")
    public Uni<RectificationPayload> recordRectification(@NonNull RecordRectificationInput input) {
        return currentActor.get().chain(a -> reviews.recordRectification(a, input)).map(RectificationPayload::new);
    }

    @Mutation("applyForEstablishment")
    @NonNull
    @Description("A unit applies for a new establishment matter; refused while one of its rectifications is overdue")
    public Uni<ApplyForEstablishmentPayload> applyForEstablishment(@NonNull ApplyForEstablishmentInput input) {
        return currentActor.get().chain(a -> matters.apply(a, input)).map(ApplyForEstablishmentPayload::new);
    }

    @Mutation("archiveReview")
    @NonNull
    @Description("编办 archives a matter's finished review immutably, with its SHA-256")
    public Uni<ArchiveReviewPayload> archiveReview(@NonNull ArchiveReviewInput input) {
        return currentActor.get().chain(a -> reviews.archive(a, input)).map(ArchiveReviewPayload::new);
    }
}
