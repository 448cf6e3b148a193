package cn.lvzhi.evaluation.draws;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.util.List;

/** What the API shows of draws, their results, their verification and the inspector register. */
public final class DrawViews {
    private DrawViews() {
    }

    /** A 双随机 draw as the caller sees it (a drawn unit: its own row, offices and inspectors only; no candidates). */
    @Type("EvaluationDraw")
    public record DrawView(@NonNull @Id long id, @NonNull @Id long roundId, @NonNull String roundName,
                           @NonNull DrawStatus status, @NonNull List<@NonNull StratumSize> strata, @NonNull int kOffice,
                           @NonNull int inspectorsPerUnit,
                           @Description("SHA-256 of the frozen inputs' canonical text, shown before the seed exists") String frozenHash,
                           String seed, @NonNull boolean seedGenerated, String cancelReason, @NonNull String createdByName,
                           @NonNull OffsetDateTime createdAt, OffsetDateTime frozenAt, OffsetDateTime seededAt,
                           OffsetDateTime drawnAt, OffsetDateTime cancelledAt, @NonNull int version,
                           @NonNull List<@NonNull CandidateList> candidates, @NonNull List<@NonNull DrawnUnitView> units,
                           @NonNull List<@NonNull DrawnOfficeView> offices, @NonNull List<@NonNull DrawnInspectorView> inspectors) {
    }

    /** The frozen candidates of a stratum, sorted by code. */
    @Type("EvaluationDrawCandidates")
    public record CandidateList(@NonNull String stratum, @NonNull int k, @NonNull List<@NonNull CodeName> candidates) {
    }

    @Type("EvaluationDrawCodeName")
    public record CodeName(@NonNull String code, @NonNull String name) {
    }

    @Type("EvaluationDrawnUnit")
    public record DrawnUnitView(@NonNull String stratum, @NonNull @Id long unitId, @NonNull String code, @NonNull String name,
                                @NonNull int rank, @NonNull String hash) {
    }

    @Type("EvaluationDrawnOffice")
    public record DrawnOfficeView(@NonNull String unitCode, @NonNull String code, @NonNull String name, @NonNull int rank,
                                  @NonNull String hash) {
    }

    @Type("EvaluationDrawnInspector")
    public record DrawnInspectorView(@NonNull String unitCode, @NonNull String code, @NonNull String name, @NonNull int rank,
                                     @NonNull String hash) {
    }

    /** A draw recomputed from its stored inputs, step by step, against what was stored. */
    @Type("EvaluationDrawVerification")
    public record Verification(@NonNull @Id long drawId, @NonNull boolean consistent, String storedHash,
                               String recomputedHash, @NonNull boolean hashMatches, String canonicalText,
                               @NonNull List<@NonNull VerifyStep> steps) {
    }

    /** One ranking recomputed (kind UNIT, OFFICE or INSPECTOR) and whether what it takes is what was stored. */
    @Type("EvaluationDrawVerifyStep")
    public record VerifyStep(@NonNull String kind, @NonNull String stratum, String unitCode, @NonNull boolean matches,
                             @NonNull List<@NonNull String> storedCodes, @NonNull List<@NonNull RankedView> ranked) {
    }

    @Type("EvaluationDrawRanked")
    public record RankedView(@NonNull String code, @NonNull String name, @NonNull String hash, @NonNull int rank,
                             @NonNull boolean taken) {
    }

    /** An inspector of the register (察访人员). */
    @Type("DrawInspector")
    public record InspectorView(@NonNull @Id long id, @NonNull String code, @NonNull String name, @NonNull @Id long unitId,
                                @NonNull String unitCode, @NonNull String unitName,
                                @NonNull List<@NonNull CodeName> pastUnits,
                                @NonNull @Id @Description("The past units' ids, for editing") List<@NonNull Long> pastUnitIds,
                                @NonNull boolean active, @NonNull int version) {
    }

    @Type("EvaluationDrawConnection")
    public record DrawConnection(@NonNull List<@NonNull DrawEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
    }

    @Type("EvaluationDrawEdge")
    public record DrawEdge(@NonNull String cursor, @NonNull DrawView node) {
    }

    @Type("DrawInspectorConnection")
    public record InspectorConnection(@NonNull List<@NonNull InspectorEdge> edges, @NonNull PageInfo pageInfo,
                                      @NonNull int totalCount) {
    }

    @Type("DrawInspectorEdge")
    public record InspectorEdge(@NonNull String cursor, @NonNull InspectorView node) {
    }

    @Type("EvaluationDrawPayload")
    public record DrawPayload(@NonNull DrawView draw) {
    }

    @Type("DrawInspectorPayload")
    public record InspectorPayload(@NonNull InspectorView inspector) {
    }
}
