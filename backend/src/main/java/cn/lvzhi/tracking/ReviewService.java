package cn.lvzhi.tracking;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.InternalException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.tracking.inputs.ArchiveReviewInput;
import cn.lvzhi.tracking.inputs.IndicatorScoreInput;
import cn.lvzhi.tracking.inputs.RecordRectificationInput;
import cn.lvzhi.tracking.inputs.RequireRectificationInput;
import cn.lvzhi.tracking.inputs.ScoreMatterInput;
import cn.lvzhi.tracking.inputs.SubmitSelfCheckInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The review of a matter in a round (问效评估): the unit's self-check, the office's scores, the rectifications it
 * requires and records, and the immutable archive of the result. Every change is audited in the same transaction.
 */
@ApplicationScoped
public class ReviewService {
    static final String RECTIFICATION_NOT_FOUND = "整改事项不存在 (rectification not found)";

    private final TrackingReads reads;
    private final TrackingTargets targets;
    private final AuditLog audit;
    private final ObjectMapper json;

    public ReviewService(TrackingReads reads, TrackingTargets targets, AuditLog audit, ObjectMapper json) {
        this.reads = reads;
        this.targets = targets;
        this.audit = audit;
        this.json = json;
    }

    // ---- what the audit trail and the archive keep

    record ScoreSnapshot(long matterId, String indicatorCode, boolean notApplicable, BigDecimal earned, String evidence) {
    }

    record RectificationSnapshot(long matterId, String requirement, LocalDate deadline, LocalDate doneOn, String note) {
        static RectificationSnapshot of(RectificationRecord r) {
            return new RectificationSnapshot(r.matterId, r.requirement, r.deadline, r.doneOn, r.doneNote);
        }
    }

    /** The archived review: what the feedback said, frozen. */
    record ArchivedReview(long roundId, String roundName, LocalDate planDate, long matterId, long unitId, MatterKind kind,
                          String documentNo, LocalDate approvedOn, String content, List<Indicator> indicators,
                          List<ScoreSnapshot> scores, BigDecimal result, List<RectificationSnapshot> rectifications) {
    }

    // ---- self-check and scores

    @WithTransaction
    public Uni<SelfCheckPayload> submitSelfCheck(ScopedActor actor, SubmitSelfCheckInput in) {
        return reads.round(actor, in.roundId).chain(round ->
                reads.matter(actor, in.matterId).chain(m -> targets.pathOf(m.unitId, "input.matterId")).chain(path -> {
                    TrackingPolicy.selfCheck(actor, path).orThrow();
                    RoundSteps.requireAt(round.step, "自评自查", TrackingStep.SELF_CHECK);
                    return targets.roundMatter(actor, in.roundId, in.matterId);
                }).chain(rm -> {
                    String before = rm.selfCheck;
                    rm.selfCheck = in.text;
                    rm.selfCheckBy = actor.actor().displayName();
                    rm.selfCheckAt = OffsetDateTime.now();
                    return rm.persistAndFlush()
                            .call(() -> audit.record(actor.actor(), "SELF_CHECK_SUBMITTED", "TrackingRound", in.roundId,
                                    before == null ? null : Map.of("matterId", in.matterId, "selfCheck", before),
                                    Map.of("matterId", in.matterId, "selfCheck", in.text)))
                            .replaceWith(new SelfCheckPayload(round, in.text));
                }));
    }

    @WithTransaction
    public Uni<ScoreMatterPayload> scoreMatter(ScopedActor actor, ScoreMatterInput in) {
        return targets.managedRound(actor, in.roundId).chain(round -> {
            RoundSteps.requireAt(round.step, "评分", TrackingStep.ON_SITE, TrackingStep.ASSESSMENT);
            return targets.roundMatter(actor, round.id, in.matterId)
                    .chain(rm -> EstablishmentMatter.<EstablishmentMatter>findById(rm.matterId))
                    .chain(matter -> {
                        List<Indicator> indicators = round.templates.getOrDefault(matter.kind, List.of());
                        Map<String, Indicator> byCode = new HashMap<>();
                        indicators.forEach(i -> byCode.put(i.code(), i));
                        Map<String, ScoreNormalisation.Entry> checked = new HashMap<>();
                        for (int i = 0; i < in.scores.size(); i++) {
                            IndicatorScoreInput s = in.scores.get(i);
                            Indicator indicator = byCode.get(s.indicatorCode);
                            if (indicator == null) {
                                throw new ValidationException("input.scores[" + i + "].indicatorCode",
                                        "该类事项没有指标 " + s.indicatorCode + " (no such indicator for this kind)");
                            }
                            try {
                                checked.put(s.indicatorCode, ScoreNormalisation.check(indicator,
                                        Boolean.TRUE.equals(s.notApplicable), s.earned));
                            } catch (ValidationException e) {
                                throw new ValidationException("input.scores[" + i + "].earned", e.getMessage());
                            }
                        }
                        return MatterScore.<MatterScore>list("roundId = ?1 and matterId = ?2", round.id, matter.id)
                                .chain(existing -> {
                                    Map<String, MatterScore> byIndicator = new HashMap<>();
                                    existing.forEach(x -> byIndicator.put(x.indicatorCode, x));
                                    List<ScoreSnapshot> after = new ArrayList<>();
                                    for (IndicatorScoreInput s : in.scores) {
                                        MatterScore x = byIndicator.computeIfAbsent(s.indicatorCode, code -> {
                                            MatterScore n = new MatterScore();
                                            n.roundId = round.id;
                                            n.matterId = matter.id;
                                            n.indicatorCode = code;
                                            return n;
                                        });
                                        ScoreNormalisation.Entry e = checked.get(s.indicatorCode);
                                        x.notApplicable = e.notApplicable();
                                        x.earned = e.earned();
                                        x.evidence = Texts.optional(s.evidence);
                                        x.scoredByName = actor.actor().displayName();
                                        x.scoredAt = OffsetDateTime.now();
                                        after.add(new ScoreSnapshot(matter.id, x.indicatorCode, x.notApplicable, x.earned, x.evidence));
                                    }
                                    List<MatterScore> all = indicators.stream().map(i -> byIndicator.get(i.code()))
                                            .filter(x -> x != null).toList();
                                    return MatterScore.persist(all).chain(() -> Panache.getSession().chain(s -> s.flush()))
                                            .call(() -> audit.record(actor.actor(), "MATTER_SCORED", "TrackingRound", round.id, null, after))
                                            .replaceWith(new ScoreMatterPayload(all, TrackingReads.result(indicators, all)));
                                });
                    });
        });
    }

    // ---- rectification

    @WithTransaction
    public Uni<RectificationRecord> requireRectification(ScopedActor actor, RequireRectificationInput in) {
        DateRanges.within("input.deadline", in.deadline, DateRanges.FOUNDING, DateRanges.today().plusYears(3), "整改期限");
        return targets.managedRound(actor, in.roundId).chain(round -> {
            RoundSteps.requireAt(round.step, "提出整改要求", TrackingStep.FEEDBACK, TrackingStep.RECTIFICATION);
            return targets.roundMatter(actor, round.id, in.matterId)
                    .chain(rm -> EstablishmentMatter.<EstablishmentMatter>findById(rm.matterId))
                    .chain(matter -> {
                        RectificationRecord r = new RectificationRecord();
                        r.roundId = round.id;
                        r.matterId = matter.id;
                        r.unitId = matter.unitId;
                        r.requirement = in.requirement;
                        r.deadline = in.deadline;
                        return r.<RectificationRecord>persistAndFlush();
                    });
        }).call(r -> audit.record(actor.actor(), "RECTIFICATION_REQUIRED", "TrackingRectification", r.id, null,
                RectificationSnapshot.of(r)));
    }

    @WithTransaction
    public Uni<RectificationRecord> recordRectification(ScopedActor actor, RecordRectificationInput in) {
        return RectificationRecord.<RectificationRecord>findById(in.id).chain(found -> {
            if (found == null) {
                throw new NotFoundException(RECTIFICATION_NOT_FOUND);
            }
            return reads.round(actor, found.roundId).onFailure(NotFoundException.class)
                    .transform(e -> new NotFoundException(RECTIFICATION_NOT_FOUND)).chain(round -> {
                        TrackingPolicy.manage(actor, round.regionPath).orThrow();
                        return reads.matter(actor, found.matterId).onFailure(NotFoundException.class)
                                .transform(e -> new NotFoundException(RECTIFICATION_NOT_FOUND));
                    }).replaceWith(found);
        }).chain(r -> {
            if (r.version != in.version) {
                throw TrackingTargets.stale("整改事项", r.version);
            }
            if (r.doneOn != null) {
                throw new ConflictException("该整改事项已于 " + r.doneOn + " 记录完成 (already recorded done)");
            }
            LocalDate doneOn = in.doneOn == null ? TrackingReads.today()
                    : DateRanges.within("input.doneOn", in.doneOn, DateRanges.FOUNDING, TrackingReads.today(), "完成日期");
            RectificationSnapshot before = RectificationSnapshot.of(r);
            r.doneOn = doneOn;
            r.doneNote = Texts.optional(in.note);
            return r.<RectificationRecord>persistAndFlush().call(saved -> audit.record(actor.actor(), "RECTIFICATION_RECORDED",
                    "TrackingRectification", saved.id, before, RectificationSnapshot.of(saved)));
        });
    }

    // ---- archive

    @WithTransaction
    public Uni<ArchiveEntry> archive(ScopedActor actor, ArchiveReviewInput in) {
        return targets.managedRound(actor, in.roundId).chain(round -> {
            RoundSteps.requireAt(round.step, "归档", TrackingStep.FEEDBACK, TrackingStep.RECTIFICATION);
            return targets.roundMatter(actor, round.id, in.matterId)
                    .chain(rm -> EstablishmentMatter.<EstablishmentMatter>findById(rm.matterId))
                    .chain(matter -> ArchiveEntry.count("roundId = ?1 and matterId = ?2", round.id, matter.id).chain(n -> {
                        if (n > 0) {
                            throw new ConflictException("该事项本批次的问效结果已归档，不能修改 (already archived; the archive is immutable)");
                        }
                        return MatterScore.<MatterScore>list("roundId = ?1 and matterId = ?2 order by id", round.id, matter.id);
                    }).chain(scores -> RectificationRecord.<RectificationRecord>list(
                            "roundId = ?1 and matterId = ?2 order by id", round.id, matter.id).chain(rects -> {
                        List<Indicator> indicators = round.templates.getOrDefault(matter.kind, List.of());
                        BigDecimal result = TrackingReads.result(indicators, scores);
                        if (result == null) {
                            throw new ConflictException("该事项尚未完成评分，不能归档 (every indicator must be scored first)");
                        }
                        ArchivedReview review = new ArchivedReview(round.id, round.name, round.planDate, matter.id,
                                matter.unitId, matter.kind, matter.documentNo, matter.approvedOn, matter.content, indicators,
                                scores.stream().map(x -> new ScoreSnapshot(matter.id, x.indicatorCode, x.notApplicable,
                                        x.earned, x.evidence)).toList(),
                                result, rects.stream().map(RectificationSnapshot::of).toList());
                        ArchiveEntry entry = new ArchiveEntry();
                        entry.roundId = round.id;
                        entry.matterId = matter.id;
                        entry.content = toJson(review);
                        entry.contentHash = sha256(entry.content);
                        entry.archivedBy = actor.actor().displayName();
                        entry.archivedAt = OffsetDateTime.now();
                        return entry.<ArchiveEntry>persistAndFlush();
                    })));
        }).call(e -> audit.record(actor.actor(), "REVIEW_ARCHIVED", "TrackingArchiveEntry", e.id, null,
                Map.of("roundId", e.roundId, "matterId", e.matterId, "contentHash", e.contentHash)));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new InternalException("问效档案序列化失败 (the review could not be serialised)");
        }
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
