package cn.lvzhi.evaluation.peer;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.org.Unit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What the peer assessment's reads answer, each shaped by {@link PeerPolicy} for the caller. */
public final class PeerViews {
    private PeerViews() {
    }

    /** A round's peer set-up as the caller sees it (its seat says what else it may read). */
    @Type("PeerAssessment")
    public record Assessment(@NonNull @Id Long roundId, @NonNull String roundName, @NonNull EvaluationStage roundStage,
                             @NonNull PeerSeat seat,
                             @NonNull @Description("Rules have been saved") boolean configured,
                             @Description("When rating closes (none: until publication)") OffsetDateTime closesAt,
                             @NonNull @Description("Ratings may be given now") boolean windowOpen,
                             @NonNull @Description("Drop the highest and lowest rating from this many ratings on") int trimFrom,
                             OffsetDateTime generatedAt, String generatedByName,
                             @NonNull @Description("Version of the set-up, for saveRules") int version,
                             @NonNull List<@NonNull PeerRule> rules) {
    }

    /** A target unit's line of the matrix: raters wanted, assigned, and how many have rated it (no names). */
    @Type("PeerTargetRow")
    public record TargetRow(@NonNull Unit unit, @NonNull PeerKind kind, @NonNull int wanted, @NonNull int assigned,
                            @NonNull int rated) {
    }

    /** A rater unit's line of the completion panel: its load, how many it has rated, and whether it submitted. */
    @Type("PeerRaterRow")
    public record RaterRow(@NonNull Unit unit, @NonNull PeerKind kind, @NonNull int assigned, @NonNull int rated,
                           OffsetDateTime submittedAt) {
    }

    /** 编办's and leaders' view of the matrix: counts per target and completion per rater, never a rating. */
    @Type("PeerMatrix")
    public record Matrix(@NonNull int assignmentCount, @NonNull int ratedCount, @NonNull int raterCount,
                         @NonNull int submittedCount, @NonNull List<@NonNull TargetRow> targets,
                         @NonNull List<@NonNull RaterRow> raters) {
    }

    /** A target's aggregate (互评得分): the trimmed mean, the number of ratings and of raters assigned. */
    @Type("PeerAggregate")
    public record Aggregate(@NonNull Unit unit, @NonNull PeerKind kind, BigDecimal score, @NonNull int ratings,
                            @NonNull int assigned, @NonNull @Description("The highest and lowest ratings were dropped") boolean trimmed) {
    }

    /** One of the rater's own tasks: the target and the rater's own rating of it. */
    @Type("PeerTask")
    public record Task(@NonNull Unit target, @NonNull PeerKind targetKind, BigDecimal score, String comment,
                       OffsetDateTime ratedAt, @NonNull int version) {
    }

    /** The caller's unit's tasks in a round (我的互评任务), and whether it may still change them (else why not). */
    @Type("MyPeerTasks")
    public record MyTasks(OffsetDateTime submittedAt, @NonNull boolean editable, String lockedReason,
                          @NonNull List<@NonNull Task> tasks) {
    }

    /** An entry of the conflict register. */
    @Type("PeerConflict")
    public record Conflict(@NonNull @Id Long id, @NonNull Unit unitA, @NonNull Unit unitB, @NonNull String reason,
                           @NonNull @Description("Applies to every round of the region, not this round only") boolean wholeRegion,
                           @NonNull String createdByName, @NonNull OffsetDateTime createdAt) {
    }

    /** A target that got fewer raters than asked when the matrix was generated. */
    @Type("PeerShortfall")
    public record Shortfall(@NonNull Unit unit, @NonNull int wanted, @NonNull int got) {
    }

    /** Result of saving the rules. */
    @Type("PeerAssessmentPayload")
    public record AssessmentPayload(@NonNull Assessment assessment) {
    }

    /** Result of generating the matrix: its size and the targets short of raters. */
    @Type("GeneratePeerMatrixPayload")
    public record GeneratePayload(@NonNull Assessment assessment, @NonNull int assignmentCount,
                                  @NonNull List<@NonNull Shortfall> shortfalls) {
    }

    /** Result of adding a conflict. */
    @Type("PeerConflictPayload")
    public record ConflictPayload(@NonNull Conflict conflict) {
    }

    /** Result of removing a conflict. */
    @Type("RemovePeerConflictPayload")
    public record RemovedPayload(@NonNull @Id Long id) {
    }

    /** Result of a rating. */
    @Type("RatePeerPayload")
    public record RatePayload(@NonNull Task task) {
    }

    /** Result of submitting the set. */
    @Type("SubmitPeerRatingsPayload")
    public record SubmitPayload(@NonNull MyTasks tasks) {
    }
}
