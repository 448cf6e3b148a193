package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A matter as one round reviews it: scope decision, self-check, scores, normalised result and consequences. */
@Type("TrackingRoundMatter")
public record RoundMatterView(
        @NonNull @Id @Description("The review's id: its feedback letter is GET /api/tracking/reviews/{id}/feedback.pdf") Long reviewId,
        @NonNull EstablishmentMatter matter,
        @NonNull @Description("In the round's scope") boolean included,
        @NonNull @Description("Proposed by the 6–12-month rule (else added by the office)") boolean proposed,
        @Description("The office's reason for adding or dropping it") String reason,
        @Description("The unit's self-check (自评自查)") String selfCheck,
        String selfCheckBy,
        OffsetDateTime selfCheckAt,
        @NonNull @Description("The indicators of the matter's kind, as the round planned them") List<@NonNull Indicator> indicators,
        @NonNull List<@NonNull MatterScore> scores,
        @Description("earned ÷ applicable points × 100; absent until every indicator is scored") BigDecimal result,
        @NonNull List<@NonNull RectificationRecord> rectifications,
        @Description("The recommendation for the committee, when a set-up under 60 missed its rectification deadline")
        RecommendationKind recommendation,
        @Description("The archive entry, once archived") ArchiveEntry archive) {
}
