package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.computations.EvaluationPeriod;
import cn.lvzhi.evaluation.results.Finding;
import cn.lvzhi.evaluation.results.ProblemService;
import cn.lvzhi.evaluation.results.ProblemSource;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.evaluation.sanding.SandingPolicy.Sight;
import cn.lvzhi.evaluation.sanding.inputs.LinkDutyItemsInput;
import cn.lvzhi.evaluation.sanding.inputs.RecordDutyFindingInput;
import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.mandates.Duty;
import cn.lvzhi.mandates.DutyChangeStatus;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Records 三定 execution findings and links duties to list items. A finding that is not 履行到位, and the failed
 * follow-up of a cancelled or strengthened duty, each raise one problem for the rectification ledger (through
 * {@link ProblemService#record}, in the same transaction); saving the finding again never raises them twice.
 */
@ApplicationScoped
public class SandingService {
    static final String NOT_IN_SCOPE = "该职责所属单位不在本批次评估范围 (the duty's unit is not in the round's scope)";
    static final String WRONG_UNIT_REQUIRED = "错位须指明实际履行该职责的单位 (name the unit that performed the duty)";
    static final String WRONG_UNIT_ONLY_MISPLACED = "只有错位才指明其他单位 (only a MISPLACED finding names another unit)";
    static final String WRONG_UNIT_INVALID = "须为本辖区内的其他单位 (another unit of the region)";
    static final String ITEMS_INVALID = "清单事项不存在 (no such list item)";
    static final String ALREADY_RECORDED = "该职责在本批次已有评估记录，请刷新后修改 (a finding is already recorded; reload and edit it)";

    private final ReadSessions reads;
    private final FollowUps followUps;
    private final ProblemService problems;
    private final AuditLog audit;

    public SandingService(ReadSessions reads, FollowUps followUps, ProblemService problems, AuditLog audit) {
        this.reads = reads;
        this.followUps = followUps;
        this.problems = problems;
        this.audit = audit;
    }

    /** What the checks established before the write: the round, the duty, the wrong unit's name and the follow-up. */
    private record Checked(EvaluationRound round, Duty duty, String wrongUnitName, DutyFollowUp followUp) {
    }

    /** What the audit trail keeps of a finding. */
    private record Snapshot(long roundId, long dutyId, Verdict verdict, Long wrongUnitId, String note, String evidence) {
        static Snapshot of(DutyFinding f) {
            return f == null ? null : new Snapshot(f.roundId, f.dutyId, f.verdict, f.wrongUnitId, f.note, f.evidence);
        }
    }

    /** 编办 records or changes its finding on a duty; CONFLICT when the finding changed since the caller read it. */
    public Uni<DutyFinding> record(ScopedActor actor, RecordDutyFindingInput in) {
        return reads.read(s -> SandingReads.round(s, actor, in.roundId).chain(seen -> s.get(Duty.class, in.dutyId)
                .chain(duty -> {
                    if (duty == null) {
                        throw new ValidationException("input.dutyId", SandingReads.DUTY_NOT_FOUND);
                    }
                    return SandingReads.inScope(s, in.roundId, duty.unitId).chain(inScope -> {
                        if (!SandingPolicy.seesUnit(actor, seen.sight(), duty.unitId, inScope)) {
                            if (seen.sight() == Sight.ALL) {
                                throw new ValidationException("input.dutyId", NOT_IN_SCOPE);
                            }
                            throw new NotFoundException(SandingReads.UNIT_NOT_FOUND);
                        }
                        SandingPolicy.record(actor, seen.round().regionPath, seen.round().stage).orThrow();
                        return wrongUnit(s, actor, in, duty).chain(name -> followUps.of(s, List.of(duty), seen.period(), true)
                                .map(fu -> new Checked(seen.round(), duty, name, fu.get(duty.id))));
                    });
                })))
                .chain(c -> Panache.withTransaction(() -> DutyFinding.<DutyFinding>find("roundId = ?1 and dutyId = ?2",
                        in.roundId, in.dutyId).firstResult().chain(existing -> save(actor, in, c, existing))));
    }

    private static Uni<String> wrongUnit(Mutiny.StatelessSession s, ScopedActor actor,
                                         RecordDutyFindingInput in, Duty duty) {
        if (in.verdict != Verdict.MISPLACED) {
            if (in.wrongUnitId != null) {
                throw new ValidationException("input.wrongUnitId", WRONG_UNIT_ONLY_MISPLACED);
            }
            return Uni.createFrom().nullItem();
        }
        if (in.wrongUnitId == null) {
            throw new ValidationException("input.wrongUnitId", WRONG_UNIT_REQUIRED);
        }
        return s.get(Unit.class, in.wrongUnitId).map(u -> {
            if (u == null || u.id.equals(duty.unitId) || !actor.regionHolds(u.path)) {
                throw new ValidationException("input.wrongUnitId", WRONG_UNIT_INVALID);
            }
            return u.name;
        });
    }

    private Uni<DutyFinding> save(ScopedActor actor, RecordDutyFindingInput in, Checked c, DutyFinding existing) {
        String note = Texts.optional(in.note);
        String evidence = Texts.optional(in.evidence);
        if (existing != null && in.version == null) {
            boolean same = existing.verdict == in.verdict && Objects.equals(existing.wrongUnitId, in.wrongUnitId)
                    && Objects.equals(existing.note, note) && Objects.equals(existing.evidence, evidence);
            if (same) {
                return Uni.createFrom().item(existing);
            }
            throw new ConflictException(ALREADY_RECORDED);
        }
        if (existing == null && in.version != null || existing != null && existing.version != in.version) {
            throw new ConflictException("该评估记录已被他人修改，请刷新后重试 (stale version; the finding changed since it was read)");
        }
        Snapshot before = Snapshot.of(existing);
        OffsetDateTime now = OffsetDateTime.now();
        DutyFinding f = existing != null ? existing : new DutyFinding();
        if (existing == null) {
            f.roundId = in.roundId;
            f.dutyId = in.dutyId;
            f.unitId = c.duty().unitId;
            f.recordedAt = now;
        }
        f.verdict = in.verdict;
        f.wrongUnitId = in.wrongUnitId;
        f.note = note;
        f.evidence = evidence;
        f.recordedByName = actor.actor().displayName();
        f.updatedAt = now;
        return f.<DutyFinding>persistAndFlush()
                .chain(saved -> raiseFinding(actor, saved, c))
                .chain(saved -> raiseFollowUp(actor, saved, c))
                .call(saved -> audit.record(actor.actor(), existing == null ? "DUTY_FINDING_RECORDED" : "DUTY_FINDING_CHANGED",
                        "DutyFinding", saved.id, before, Snapshot.of(saved)));
    }

    /**
     * Raises the problems a finding recorded outside this service still lacks (the demo's findings of a published round),
     * each at most once, as {@link #record} would have.
     */
    public Uni<DutyFinding> raiseMissing(ScopedActor actor, long findingId) {
        return reads.read(s -> s.get(DutyFinding.class, findingId).chain(f -> s.get(Duty.class, f.dutyId)
                        .chain(duty -> s.get(EvaluationRound.class, f.roundId)
                                .chain(round -> (f.wrongUnitId == null ? Uni.createFrom().<Unit>nullItem() : s.get(Unit.class, f.wrongUnitId))
                                        .chain(wrong -> followUps.of(s, List.of(duty), new EvaluationPeriod(round.periodStart, round.periodEnd), true)
                                                .map(fu -> new Checked(round, duty, wrong == null ? null : wrong.name, fu.get(duty.id))))))))
                .chain(c -> Panache.withTransaction(() -> DutyFinding.<DutyFinding>findById(findingId)
                        .chain(f -> raiseFinding(actor, f, c)).chain(f -> raiseFollowUp(actor, f, c))));
    }

    private Uni<DutyFinding> raiseFinding(ScopedActor actor, DutyFinding f, Checked c) {
        if (f.verdict == Verdict.FULFILLED || f.problemId != null) {
            return Uni.createFrom().item(f);
        }
        String what = "“三定”执行评估：第" + c.duty().ordinal + "条职责" + f.verdict.word()
                + (c.wrongUnitName() == null ? "" : "（由" + c.wrongUnitName() + "履行）") + "——" + shorten(c.duty().text, 300)
                + (f.note == null ? "" : "。说明：" + shorten(f.note, 1000));
        return problems.record(actor, new Finding(f.roundId, f.unitId, ProblemSource.THREE_DEFINITIONS, f.id, what,
                null, null, null, null, f.dutyId)).map(p -> {
                    f.problemId = p.id;
                    return f;
                });
    }

    private Uni<DutyFinding> raiseFollowUp(ScopedActor actor, DutyFinding f, Checked c) {
        DutyFollowUp fu = c.followUp();
        if (fu == null || fu.status() != FollowUpStatus.FLAGGED || f.followUpProblemId != null) {
            return Uni.createFrom().item(f);
        }
        String change = c.duty().changeStatus == DutyChangeStatus.CANCELLED ? "取消" : "加强";
        String what = "“三定”职能" + change + "未到位：第" + c.duty().ordinal + "条职责——" + shorten(c.duty().text, 300)
                + "。" + String.join("；", fu.reasons());
        Long item = fu.items().stream().filter(i -> i.status() != ItemStatus.RETIRED).map(FollowUpItem::id).findFirst()
                .orElse(fu.items().isEmpty() ? null : fu.items().get(0).id());
        Long kase = fu.cases() == null || fu.cases().isEmpty() ? null : fu.cases().get(0).id();
        return problems.record(actor, new Finding(f.roundId, f.unitId, ProblemSource.THREE_DEFINITIONS, f.id, what,
                null, null, item, kase, f.dutyId)).map(p -> {
                    f.followUpProblemId = p.id;
                    return f;
                });
    }

    /** The ids for an IN list, which SQL refuses empty: no id matches -1. */
    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static String shorten(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** 编办 sets which list items carry a duty; the follow-up of a cancelled or strengthened duty reads them. */
    public Uni<DutyItemLinksPayload> link(ScopedActor actor, LinkDutyItemsInput in) {
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(in.itemIds));
        return Panache.withTransaction(() -> Duty.<Duty>findById(in.dutyId)
                .chain(duty -> duty == null ? Uni.createFrom().nullItem() : Unit.<Unit>findById(duty.unitId))
                .chain(unit -> {
                    if (unit == null || !SandingPolicy.seesLinks(actor, unit.path)) {
                        throw new NotFoundException(SandingReads.DUTY_NOT_FOUND);
                    }
                    SandingPolicy.link(actor, unit.path).orThrow();
                    return Panache.getSession();
                })
                .chain(s -> s.createNativeQuery("SELECT count(*) FROM list_item WHERE id IN (:ids)", Long.class)
                        .setParameter("ids", orNone(wanted)).getSingleResult()
                        .chain(found -> {
                            if (found != wanted.size()) {
                                throw new ValidationException("input.itemIds", ITEMS_INVALID);
                            }
                            return s.createNativeQuery("SELECT list_item_id FROM mandate_duty_item_link WHERE duty_id = :d ORDER BY list_item_id", Long.class)
                                    .setParameter("d", in.dutyId).getResultList();
                        })
                        .call(() -> s.createNativeQuery("DELETE FROM mandate_duty_item_link WHERE duty_id = :d AND list_item_id NOT IN (:ids)")
                                .setParameter("d", in.dutyId).setParameter("ids", orNone(wanted)).executeUpdate())
                        .call(() -> s.createNativeQuery("""
                                        INSERT INTO mandate_duty_item_link (duty_id, list_item_id, linked_by_name)
                                        SELECT :d, li.id, :by FROM list_item li WHERE li.id IN (:ids) ON CONFLICT DO NOTHING""")
                                .setParameter("d", in.dutyId).setParameter("ids", orNone(wanted))
                                .setParameter("by", actor.actor().displayName()).executeUpdate()))
                .call(before -> audit.record(actor.actor(), "DUTY_ITEMS_LINKED", "Duty", in.dutyId, before, wanted))
                .map(before -> new DutyItemLinksPayload(in.dutyId, wanted)));
    }
}
