package cn.lvzhi.tracking;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.InternalException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.UnitScopes;
import cn.lvzhi.org.UnitScopes.UnitScope;
import cn.lvzhi.security.Actor;
import cn.lvzhi.tracking.Payloads.ScorePayload;
import cn.lvzhi.tracking.Payloads.SelfCheckPayload;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Runs follow-up (跟踪问效): matters, templates, rounds through the seven steps, self-checks, scores, rectifications,
 * the suspension of applications and the archive. Every change is audited in the same transaction.
 */
@ApplicationScoped
public class TrackingService {
    static final String RECTIFICATION_NOT_FOUND = "整改事项不存在 (rectification not found)";
    static final String NOT_IN_ROUND = "该事项不在本批次问效范围内 (the matter is not in this round's scope)";

    private final TrackingReads reads;
    private final UnitScopes scopes;
    private final AuditLog audit;
    private final ObjectMapper json;

    public TrackingService(TrackingReads reads, UnitScopes scopes, AuditLog audit, ObjectMapper json) {
        this.reads = reads;
        this.scopes = scopes;
        this.audit = audit;
        this.json = json;
    }

    // ---- what the audit trail keeps

    record MatterSnapshot(long unitId, MatterKind kind, String documentNo, LocalDate approvedOn, String content, int version) {
        static MatterSnapshot of(EstablishmentMatter m) {
            return new MatterSnapshot(m.unitId, m.kind, m.documentNo, m.approvedOn, m.content, m.version);
        }
    }

    record RoundSnapshot(String name, LocalDate planDate, TrackingStep step, int version) {
        static RoundSnapshot of(TrackingRound r) {
            return new RoundSnapshot(r.name, r.planDate, r.step, r.version);
        }
    }

    record ScopeSnapshot(long matterId, boolean included, String reason) {
    }

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

    // ---- shared checks

    private static ConflictException stale(String what, int current) {
        return new ConflictException(what + "已被他人修改（当前版本 " + current + "），请刷新后重试 (stale version; current is "
                + current + ")");
    }

    private Uni<String> pathOf(long unitId, String field) {
        return scopes.pathsOf(List.of(unitId)).map(paths -> {
            String path = paths.get(unitId);
            if (path == null) {
                throw new ValidationException(field, "单位不存在 (unit not found)");
            }
            return path;
        });
    }

    /** The round, loaded for change, once the actor sees it (else NOT_FOUND) and manages it (else FORBIDDEN). */
    private Uni<TrackingRound> managedRound(Actor actor, UnitScope scope, long roundId) {
        return reads.round(actor, scope, roundId).chain(visible -> {
            TrackingPolicy.manage(actor, scope, visible.regionPath).orThrow();
            return TrackingRound.<TrackingRound>findById(roundId);
        });
    }

    /** The matter as part of the round; NOT_FOUND when the actor does not see it or it is not in the round. */
    private Uni<RoundMatter> roundMatter(Actor actor, UnitScope scope, long roundId, long matterId) {
        return reads.matter(actor, scope, matterId).chain(m -> RoundMatter.of(roundId, matterId)).map(rm -> {
                    if (rm == null || !rm.included) {
                        throw new NotFoundException(NOT_IN_ROUND);
                    }
                    return rm;
                });
    }

    // ---- matters

    /**
     * An approval date (批复日期) lies between the founding of the PRC and today: a decision not yet taken is not a
     * matter to follow up.
     */
    static LocalDate approvedOn(LocalDate approvedOn) {
        return DateRanges.within("input.approvedOn", approvedOn, DateRanges.FOUNDING, DateRanges.today(), "批复日期");
    }

    /** A round is planned at most two years ahead, for matters approved 6–12 months before its date. */
    static LocalDate planDate(LocalDate planDate) {
        return DateRanges.within("input.planDate", planDate, DateRanges.FOUNDING, DateRanges.today().plusYears(2), "计划日期");
    }

    @WithTransaction
    public Uni<EstablishmentMatter> createMatter(Actor actor, Inputs.CreateMatter in) {
        String documentNo = Texts.name("input.documentNo", in.documentNo, true, 100, "文号");
        String content = Texts.text("input.content", in.content, true, 4000, "事项内容");
        LocalDate approvedOn = approvedOn(in.approvedOn);
        return scopes.of(actor).chain(scope -> pathOf(in.unitId, "input.unitId").chain(path -> {
            TrackingPolicy.manage(actor, scope, path).orThrow();
            EstablishmentMatter m = new EstablishmentMatter();
            m.unitId = in.unitId;
            m.kind = in.kind;
            m.documentNo = documentNo;
            m.approvedOn = approvedOn;
            m.content = content;
            m.updatedAt = OffsetDateTime.now();
            return m.<EstablishmentMatter>persistAndFlush();
        })).call(m -> audit.record(actor, "MATTER_CREATED", "EstablishmentMatter", m.id, null, MatterSnapshot.of(m)));
    }

    @WithTransaction
    public Uni<EstablishmentMatter> updateMatter(Actor actor, Inputs.UpdateMatter in) {
        String documentNo = Texts.name("input.documentNo", in.documentNo, true, 100, "文号");
        String content = Texts.text("input.content", in.content, true, 4000, "事项内容");
        LocalDate approvedOn = approvedOn(in.approvedOn);
        return scopes.of(actor).chain(scope -> reads.matter(actor, scope, in.id).chain(visible -> pathOf(visible.unitId, "input.id")
                .chain(path -> {
                    TrackingPolicy.manage(actor, scope, path).orThrow();
                    return EstablishmentMatter.<EstablishmentMatter>findById(in.id);
                }))).chain(m -> {
                    if (m.version != in.version) {
                        throw stale("机构编制事项", m.version);
                    }
                    MatterSnapshot before = MatterSnapshot.of(m);
                    m.kind = in.kind;
                    m.documentNo = documentNo;
                    m.approvedOn = approvedOn;
                    m.content = content;
                    m.updatedAt = OffsetDateTime.now();
                    return m.<EstablishmentMatter>persistAndFlush()
                            .call(saved -> audit.record(actor, "MATTER_UPDATED", "EstablishmentMatter", saved.id, before,
                                    MatterSnapshot.of(saved)));
                });
    }

    // ---- templates

    @WithTransaction
    public Uni<TrackingTemplate> saveTemplate(Actor actor, Inputs.SaveTemplate in) {
        List<Indicator> indicators = TemplateValidation.indicators(in.indicators);
        return scopes.of(actor).chain(scope -> {
            TrackingPolicy.manage(actor, scope, scope.regionPath()).orThrow();
            return TrackingTemplate.<TrackingTemplate>findById(in.kind);
        }).chain(t -> {
            if (t.version != in.version) {
                throw stale("问效指标模板", t.version);
            }
            List<Indicator> before = t.getIndicators();
            t.indicatorSet = new TrackingTemplate.IndicatorSet(indicators);
            t.updatedAt = OffsetDateTime.now();
            return t.<TrackingTemplate>persistAndFlush()
                    .call(saved -> audit.record(actor, "TEMPLATE_SAVED", "TrackingTemplate", saved.kind, before, saved.getIndicators()));
        });
    }

    // ---- rounds

    @WithTransaction
    public Uni<TrackingRound> planRound(Actor actor, Inputs.PlanRound in) {
        String name = Texts.name("input.name", in.name, true, 200, "批次名称");
        planDate(in.planDate);
        return scopes.of(actor).chain(scope -> {
            TrackingPolicy.manage(actor, scope, scope.regionPath()).orThrow();
            return TrackingTemplate.<TrackingTemplate>listAll().chain(templates -> {
                TrackingRound round = new TrackingRound();
                round.regionPath = scope.regionPath();
                round.name = name;
                round.planDate = in.planDate;
                round.step = TrackingStep.PLAN;
                round.templates = new EnumMap<>(MatterKind.class);
                templates.forEach(t -> round.templates.put(t.kind, t.getIndicators()));
                return round.<TrackingRound>persistAndFlush();
            }).call(round -> stepRecord(actor, round, TrackingStep.PLAN, in.planDate, "计划日期 " + in.planDate))
                    .call(round -> Panache.getSession().chain(s -> s.createSelectionQuery("""
                                    select m.id from EstablishmentMatter m, Unit u where u.id = m.unitId and u.path like :region
                                    and m.approvedOn between :from and :to order by m.id""", Long.class)
                            .setParameter("region", scope.regionPath() + "%")
                            .setParameter("from", TrackingScopePolicy.earliest(in.planDate))
                            .setParameter("to", TrackingScopePolicy.latest(in.planDate))
                            .getResultList()).chain(ids -> {
                                List<RoundMatter> proposed = new ArrayList<>();
                                for (Long id : ids) {
                                    RoundMatter rm = new RoundMatter();
                                    rm.roundId = round.id;
                                    rm.matterId = id;
                                    rm.included = true;
                                    rm.proposed = true;
                                    proposed.add(rm);
                                }
                                if (proposed.isEmpty()) {
                                    return Uni.createFrom().voidItem();
                                }
                                return RoundMatter.persist(proposed).chain(() -> Panache.getSession().chain(s -> s.flush()));
                            }))
                    .call(round -> audit.record(actor, "ROUND_PLANNED", "TrackingRound", round.id, null, RoundSnapshot.of(round)));
        });
    }

    private Uni<RoundStepRecord> stepRecord(Actor actor, TrackingRound round, TrackingStep step, LocalDate doneOn, String note) {
        RoundStepRecord r = new RoundStepRecord();
        r.roundId = round.id;
        r.step = step;
        r.doneOn = doneOn;
        r.doneByName = actor.displayName();
        r.note = note;
        r.recordedAt = OffsetDateTime.now();
        return r.persist();
    }

    @WithTransaction
    public Uni<TrackingRound> changeScope(Actor actor, Inputs.ChangeScope in) {
        var reasoned = TrackingScopePolicy.change(in.reason);
        if (!reasoned.allowed()) {
            throw new ValidationException("input.reason", reasoned.reason());
        }
        String reason = Texts.text("input.reason", in.reason, true, 2000, "理由");
        return scopes.of(actor).chain(scope -> managedRound(actor, scope, in.roundId).chain(round -> {
            RoundSteps.requireAt(round.step, "调整问效范围", TrackingStep.PLAN, TrackingStep.SURVEY);
            return reads.matter(actor, scope, in.matterId).chain(m -> pathOf(m.unitId, "input.matterId").invoke(path -> {
                        if (!path.startsWith(round.regionPath)) {
                            throw new NotFoundException(TrackingReads.MATTER_NOT_FOUND);
                        }
                    }))
                    .chain(() -> RoundMatter.of(round.id, in.matterId))
                    .chain(existing -> {
                        RoundMatter rm = existing;
                        ScopeSnapshot before = rm == null ? null : new ScopeSnapshot(rm.matterId, rm.included, rm.reason);
                        if (rm == null) {
                            rm = new RoundMatter();
                            rm.roundId = round.id;
                            rm.matterId = in.matterId;
                            rm.proposed = false;
                        }
                        rm.included = in.include;
                        // back to what the date rule proposed needs no standing reason; the trail keeps it anyway
                        rm.reason = rm.included == rm.proposed ? null : reason;
                        RoundMatter changed = rm;
                        return changed.persistAndFlush().call(() -> audit.record(actor,
                                in.include ? "ROUND_MATTER_ADDED" : "ROUND_MATTER_DROPPED", "TrackingRound", round.id, before,
                                new ScopeSnapshot(changed.matterId, changed.included, reason))).replaceWith(round);
                    });
        }));
    }

    @WithTransaction
    public Uni<TrackingRound> advanceStep(Actor actor, Inputs.AdvanceStep in) {
        return scopes.of(actor).chain(scope -> managedRound(actor, scope, in.roundId)).chain(round -> {
            if (round.version != in.version) {
                throw stale("问效批次", round.version);
            }
            RoundSteps.advance(round.step, in.step);
            RoundSnapshot before = RoundSnapshot.of(round);
            round.step = in.step;
            LocalDate doneOn = in.doneOn == null ? TrackingReads.today()
                    : DateRanges.within("input.doneOn", in.doneOn, round.planDate, TrackingReads.today(), "完成日期");
            String note = in.note == null || in.note.isBlank() ? null : Texts.text("input.note", in.note, true, 2000, "说明");
            return round.<TrackingRound>persistAndFlush()
                    .call(r -> stepRecord(actor, r, in.step, doneOn, note))
                    .call(r -> audit.record(actor, "ROUND_STEP_ADVANCED", "TrackingRound", r.id, before, RoundSnapshot.of(r)));
        });
    }

    // ---- self-check and scores

    @WithTransaction
    public Uni<SelfCheckPayload> submitSelfCheck(Actor actor, Inputs.SelfCheck in) {
        String text = Texts.text("input.text", in.text, true, 8000, "自评自查内容");
        return scopes.of(actor).chain(scope -> reads.round(actor, scope, in.roundId).chain(round ->
                reads.matter(actor, scope, in.matterId).chain(m -> pathOf(m.unitId, "input.matterId")).chain(path -> {
                    TrackingPolicy.selfCheck(actor, scope, path).orThrow();
                    RoundSteps.requireAt(round.step, "自评自查", TrackingStep.SELF_CHECK);
                    return roundMatter(actor, scope, in.roundId, in.matterId);
                }).chain(rm -> {
                    String before = rm.selfCheck;
                    rm.selfCheck = text;
                    rm.selfCheckBy = actor.displayName();
                    rm.selfCheckAt = OffsetDateTime.now();
                    return rm.persistAndFlush()
                            .call(() -> audit.record(actor, "SELF_CHECK_SUBMITTED", "TrackingRound", in.roundId,
                                    before == null ? null : Map.of("matterId", in.matterId, "selfCheck", before),
                                    Map.of("matterId", in.matterId, "selfCheck", text)))
                            .replaceWith(new SelfCheckPayload(round, text));
                })));
    }

    @WithTransaction
    public Uni<ScorePayload> scoreMatter(Actor actor, Inputs.ScoreMatter in) {
        if (in.scores == null || in.scores.isEmpty()) {
            throw new ValidationException("input.scores", "至少给出一项指标的评分 (at least one score)");
        }
        return scopes.of(actor).chain(scope -> managedRound(actor, scope, in.roundId).chain(round -> {
            RoundSteps.requireAt(round.step, "评分", TrackingStep.ON_SITE, TrackingStep.ASSESSMENT);
            return roundMatter(actor, scope, round.id, in.matterId)
                    .chain(rm -> EstablishmentMatter.<EstablishmentMatter>findById(rm.matterId))
                    .chain(matter -> {
                        List<Indicator> indicators = round.templates.getOrDefault(matter.kind, List.of());
                        Map<String, Indicator> byCode = new HashMap<>();
                        indicators.forEach(i -> byCode.put(i.code(), i));
                        Map<String, ScoreNormalisation.Entry> checked = new HashMap<>();
                        for (int i = 0; i < in.scores.size(); i++) {
                            Inputs.IndicatorScore s = in.scores.get(i);
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
                                    for (Inputs.IndicatorScore s : in.scores) {
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
                                        x.evidence = s.evidence == null || s.evidence.isBlank() ? null
                                                : Texts.text("input.evidence", s.evidence, true, 4000, "佐证材料");
                                        x.scoredByName = actor.displayName();
                                        x.scoredAt = OffsetDateTime.now();
                                        after.add(new ScoreSnapshot(matter.id, x.indicatorCode, x.notApplicable, x.earned, x.evidence));
                                    }
                                    List<MatterScore> all = indicators.stream().map(i -> byIndicator.get(i.code()))
                                            .filter(x -> x != null).toList();
                                    return MatterScore.persist(all).chain(() -> Panache.getSession().chain(s -> s.flush()))
                                            .call(() -> audit.record(actor, "MATTER_SCORED", "TrackingRound", round.id, null, after))
                                            .replaceWith(new ScorePayload(all, TrackingReads.result(indicators, all)));
                                });
                    });
        }));
    }

    // ---- rectification, consequences

    @WithTransaction
    public Uni<RectificationRecord> requireRectification(Actor actor, Inputs.RequireRectification in) {
        String requirement = Texts.text("input.requirement", in.requirement, true, 2000, "整改要求");
        DateRanges.within("input.deadline", in.deadline, DateRanges.FOUNDING, DateRanges.today().plusYears(3), "整改期限");
        return scopes.of(actor).chain(scope -> managedRound(actor, scope, in.roundId).chain(round -> {
            RoundSteps.requireAt(round.step, "提出整改要求", TrackingStep.FEEDBACK, TrackingStep.RECTIFICATION);
            return roundMatter(actor, scope, round.id, in.matterId)
                    .chain(rm -> EstablishmentMatter.<EstablishmentMatter>findById(rm.matterId))
                    .chain(matter -> {
                        RectificationRecord r = new RectificationRecord();
                        r.roundId = round.id;
                        r.matterId = matter.id;
                        r.unitId = matter.unitId;
                        r.requirement = requirement;
                        r.deadline = in.deadline;
                        return r.<RectificationRecord>persistAndFlush();
                    });
        })).call(r -> audit.record(actor, "RECTIFICATION_REQUIRED", "TrackingRectification", r.id, null,
                RectificationSnapshot.of(r)));
    }

    @WithTransaction
    public Uni<RectificationRecord> recordRectification(Actor actor, Inputs.RecordRectification in) {
        return RectificationRecord.<RectificationRecord>findById(in.id).chain(found -> {
            if (found == null) {
                throw new NotFoundException(RECTIFICATION_NOT_FOUND);
            }
            return scopes.of(actor).chain(scope -> reads.round(actor, scope, found.roundId).onFailure(NotFoundException.class)
                    .transform(e -> new NotFoundException(RECTIFICATION_NOT_FOUND)).chain(round -> {
                        TrackingPolicy.manage(actor, scope, round.regionPath).orThrow();
                        return reads.matter(actor, scope, found.matterId).onFailure(NotFoundException.class)
                                .transform(e -> new NotFoundException(RECTIFICATION_NOT_FOUND));
                    })).replaceWith(found);
        }).chain(r -> {
            if (r.version != in.version) {
                throw stale("整改事项", r.version);
            }
            if (r.doneOn != null) {
                throw new ConflictException("该整改事项已于 " + r.doneOn + " 记录完成 (already recorded done)");
            }
            LocalDate doneOn = in.doneOn == null ? TrackingReads.today()
                    : DateRanges.within("input.doneOn", in.doneOn, DateRanges.FOUNDING, TrackingReads.today(), "完成日期");
            RectificationSnapshot before = RectificationSnapshot.of(r);
            r.doneOn = doneOn;
            r.doneNote = in.note == null || in.note.isBlank() ? null : Texts.text("input.note", in.note, true, 2000, "说明");
            return r.<RectificationRecord>persistAndFlush().call(saved -> audit.record(actor, "RECTIFICATION_RECORDED",
                    "TrackingRectification", saved.id, before, RectificationSnapshot.of(saved)));
        });
    }

    @WithTransaction
    public Uni<EstablishmentApplication> apply(Actor actor, Inputs.Apply in) {
        String title = Texts.name("input.title", in.title, true, 200, "申请事项");
        String reason = Texts.text("input.reason", in.reason, true, 4000, "申请理由");
        return scopes.of(actor).chain(scope -> pathOf(in.unitId, "input.unitId").invoke(path ->
                        TrackingPolicy.apply(actor, scope, path).orThrow()))
                .chain(() -> reads.rectificationsOfUnit(in.unitId))
                .chain(open -> {
                    ConsequencePolicy.application(open, TrackingReads.today()).orThrow();
                    EstablishmentApplication a = new EstablishmentApplication();
                    a.unitId = in.unitId;
                    a.kind = in.kind;
                    a.title = title;
                    a.reason = reason;
                    a.submittedBy = actor.displayName();
                    a.submittedAt = OffsetDateTime.now();
                    return a.<EstablishmentApplication>persistAndFlush();
                })
                .call(a -> audit.record(actor, "ESTABLISHMENT_APPLIED", "EstablishmentApplication", a.id, null,
                        Map.of("unitId", a.unitId, "kind", a.kind, "title", a.title)));
    }

    // ---- archive

    @WithTransaction
    public Uni<ArchiveEntry> archive(Actor actor, Inputs.Archive in) {
        return scopes.of(actor).chain(scope -> managedRound(actor, scope, in.roundId).chain(round -> {
            RoundSteps.requireAt(round.step, "归档", TrackingStep.FEEDBACK, TrackingStep.RECTIFICATION);
            return roundMatter(actor, scope, round.id, in.matterId)
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
                        entry.archivedBy = actor.displayName();
                        entry.archivedAt = OffsetDateTime.now();
                        return entry.<ArchiveEntry>persistAndFlush();
                    })));
        })).call(e -> audit.record(actor, "REVIEW_ARCHIVED", "TrackingArchiveEntry", e.id, null,
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
