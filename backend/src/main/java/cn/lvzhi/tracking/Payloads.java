package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.util.List;

/** Results of the follow-up mutations. */
public final class Payloads {
    private Payloads() {
    }

    @Type("EstablishmentMatterPayload")
    public record MatterPayload(@NonNull EstablishmentMatter matter) {
    }

    @Type("TrackingTemplatePayload")
    public record TemplatePayload(@NonNull TrackingTemplate template) {
    }

    @Type("TrackingRoundPayload")
    public record RoundPayload(@NonNull TrackingRound round) {
    }

    @Type("SelfCheckPayload")
    public record SelfCheckPayload(@NonNull TrackingRound round, @NonNull String selfCheck) {
    }

    @Type("ScoreMatterPayload")
    public record ScorePayload(@NonNull List<@NonNull MatterScore> scores, BigDecimal result) {
    }

    @Type("RectificationPayload")
    public record RectificationPayload(@NonNull RectificationRecord rectification) {
    }

    @Type("ApplyForEstablishmentPayload")
    public record ApplicationPayload(@NonNull EstablishmentApplication application) {
    }

    @Type("ArchiveReviewPayload")
    public record ArchivePayload(@NonNull ArchiveEntry entry) {
    }
}
