package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.rounds.inputs.AdvanceEvaluationRoundInput;
import cn.lvzhi.evaluation.rounds.inputs.ChangeEvaluationDeadlineInput;
import cn.lvzhi.evaluation.rounds.inputs.ChangeEvaluationRoundUnitsInput;
import cn.lvzhi.evaluation.rounds.inputs.OpenEvaluationRoundInput;
import cn.lvzhi.evaluation.schemes.EvaluationScheme;
import cn.lvzhi.evaluation.schemes.SchemeStatus;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Opens and runs evaluation rounds (评估批次): scope, deadlines and the stage moves with their preconditions. Every
 * change is audited in its transaction.
 */
@ApplicationScoped
public class EvaluationRoundService {
    static final String SCHEME_NOT_FOUND = "评估标准不存在 (scheme not found)";

    private final RoundTargets targets;
    private final AuditLog audit;

    public EvaluationRoundService(RoundTargets targets, AuditLog audit) {
        this.targets = targets;
        this.audit = audit;
    }

    /** What the audit trail keeps of a round. */
    record RoundSnapshot(String name, long schemeId, EvaluationStage stage, LocalDate periodStart, LocalDate periodEnd,
                         OffsetDateTime replyClosesAt, int version) {
        static RoundSnapshot of(EvaluationRound r) {
            return new RoundSnapshot(r.name, r.schemeId, r.stage, r.periodStart, r.periodEnd, r.replyClosesAt, r.version);
        }
    }

    /** What the audit trail keeps of a deadline change or a change of scope. */
    record DeadlineSnapshot(long unitId, SubmissionForm form, OffsetDateTime dueAt, OffsetDateTime locksAt, String reason) {
    }

    record ScopeSnapshot(List<Long> added, List<Long> removed, String reason) {
    }

    @WithTransaction
    public Uni<EvaluationRound> open(ScopedActor actor, OpenEvaluationRoundInput in) {
        RoundPolicy.manage(actor, actor.regionPath()).orThrow();
        RoundPeriods.check(in.periodKind, in.periodStart, in.periodEnd);
        DeadlinePlan deadlines = DeadlinePlan.of(in.deadlines);
        if ((in.categories == null || in.categories.isEmpty()) && (in.unitIds == null || in.unitIds.isEmpty())) {
            throw new ValidationException("input.unitIds", "须按类别或逐个选择至少一个被评估单位 (choose units by category or one by one)");
        }
        return EvaluationScheme.<EvaluationScheme>findById(in.schemeId).chain(scheme -> {
            if (scheme == null || !scheme.regionPath.equals(actor.regionPath())) {
                throw new ValidationException("input.schemeId", SCHEME_NOT_FOUND);
            }
            if (scheme.status == SchemeStatus.DRAFT) {
                throw new ValidationException("input.schemeId", "评估标准尚未生效，不能用于评估 (a draft scheme cannot be used)");
            }
            return previous(actor, in.previousRoundId).chain(() -> RoundScope.candidates(actor.regionPath())).chain(candidates -> {
                Map<Long, EvaluationCategory> units = RoundScope.chosen(candidates, in.categories, in.unitIds, "input.unitIds");
                if (units.isEmpty()) {
                    throw new ValidationException("input.categories", "所选类别下没有可评估的单位 (no unit in these categories)");
                }
                for (Long overridden : deadlines.overriddenUnits()) {
                    if (!units.containsKey(overridden)) {
                        throw new ValidationException("input.deadlines", "单位 " + overridden + " 不在本批次评估范围内，不能单独设定时限 ("
                                + RoundTargets.NOT_IN_ROUND + ")");
                    }
                }
                EvaluationRound round = new EvaluationRound();
                round.regionPath = actor.regionPath();
                round.name = in.name;
                round.schemeId = scheme.id;
                round.periodKind = in.periodKind;
                round.periodStart = in.periodStart;
                round.periodEnd = in.periodEnd;
                round.stage = EvaluationStage.SELF_ASSESSMENT;
                round.minRankSample = in.minRankSample == null ? 3 : in.minRankSample;
                round.previousRoundId = in.previousRoundId;
                round.createdByName = actor.actor().displayName();
                round.createdAt = OffsetDateTime.now();
                return round.<EvaluationRound>persistAndFlush().call(r -> RoundScope.enterAll(r.id, units, scheme.document, deadlines::forUnit))
                        .call(r -> audit.record(actor.actor(), "EVALUATION_ROUND_OPENED", "EvaluationRound", r.id, null,
                                new Object[] {RoundSnapshot.of(r), units.keySet()}));
            });
        });
    }

    private static Uni<Void> previous(ScopedActor actor, Long previousRoundId) {
        if (previousRoundId == null) {
            return Uni.createFrom().voidItem();
        }
        return EvaluationRound.<EvaluationRound>findById(previousRoundId).invoke(p -> {
            if (p == null || !p.regionPath.equals(actor.regionPath())) {
                throw new ValidationException("input.previousRoundId", RoundReads.ROUND_NOT_FOUND);
            }
        }).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Submission> changeDeadline(ScopedActor actor, ChangeEvaluationDeadlineInput in) {
        SubmissionTiming.checkDeadlines("input", in.dueAt, in.locksAt);
        return Submission.<Submission>findById(in.submissionId).chain(s -> {
            if (s == null) {
                throw new cn.lvzhi.common.NotFoundException(SubmissionService.SUBMISSION_NOT_FOUND);
            }
            return targets.managedRound(actor, s.roundId).chain(round -> {
                RoundStages.requireAt(round.stage, "调整报送时限", EvaluationStage.SELF_ASSESSMENT, EvaluationStage.FIRST_MARK,
                        EvaluationStage.REPLY, EvaluationStage.FINAL_MARK);
                if (s.version != in.version) {
                    throw RoundTargets.stale("报送事项", s.version);
                }
                DeadlineSnapshot before = new DeadlineSnapshot(s.unitId, s.form, s.dueAt, s.locksAt, null);
                s.dueAt = in.dueAt;
                s.locksAt = in.locksAt;
                return s.<Submission>persistAndFlush().call(saved -> audit.record(actor.actor(), "EVALUATION_DEADLINE_CHANGED",
                        "EvaluationSubmission", saved.id, before,
                        new DeadlineSnapshot(saved.unitId, saved.form, saved.dueAt, saved.locksAt, in.reason)));
            });
        });
    }

    @WithTransaction
    public Uni<EvaluationRound> changeUnits(ScopedActor actor, ChangeEvaluationRoundUnitsInput in) {
        List<Long> add = in.addUnitIds == null ? List.of() : in.addUnitIds.stream().distinct().toList();
        List<Long> remove = in.removeUnitIds == null ? List.of() : in.removeUnitIds.stream().distinct().toList();
        if (add.isEmpty() && remove.isEmpty()) {
            throw new ValidationException("input.addUnitIds", "须指定增加或移除的单位 (name units to add or remove)");
        }
        return targets.managedRound(actor, in.roundId).chain(round -> {
            RoundStages.requireAt(round.stage, "调整评估范围", EvaluationStage.SELF_ASSESSMENT);
            return RoundUnit.<RoundUnit>list("roundId", round.id).chain(current -> {
                List<Long> inScope = current.stream().map(ru -> ru.unitId).toList();
                for (int i = 0; i < remove.size(); i++) {
                    if (!inScope.contains(remove.get(i))) {
                        throw new ValidationException("input.removeUnitIds[" + i + "]", RoundTargets.NOT_IN_ROUND);
                    }
                }
                for (int i = 0; i < add.size(); i++) {
                    if (inScope.contains(add.get(i))) {
                        throw new ValidationException("input.addUnitIds[" + i + "]", "该单位已在本批次评估范围内 (already in the round)");
                    }
                }
                if (inScope.size() + add.size() - remove.size() < 1) {
                    throw new ValidationException("input.removeUnitIds", "评估批次至少保留一个单位 (a round keeps at least one unit)");
                }
                return RoundScope.candidates(round.regionPath)
                        .map(candidates -> RoundScope.chosen(candidates, null, add, "input.addUnitIds"))
                        .call(added -> addUnits(round, added))
                        .call(() -> removeUnits(round.id, remove))
                        .call(() -> audit.record(actor.actor(), "EVALUATION_ROUND_UNITS_CHANGED", "EvaluationRound", round.id,
                                inScope, new ScopeSnapshot(add, remove, in.reason)))
                        .replaceWith(round);
            });
        });
    }

    /** Units added late get, per form, the latest deadlines any unit of the round has. */
    private static Uni<Void> addUnits(EvaluationRound round, Map<Long, EvaluationCategory> added) {
        if (added.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Submission.<Submission>list("roundId = ?1 and form <> ?2", round.id, SubmissionForm.REPLY).chain(subs -> {
            Map<SubmissionForm, RoundScope.Deadline> latest = new EnumMap<>(SubmissionForm.class);
            for (Submission s : subs) {
                latest.merge(s.form, new RoundScope.Deadline(s.dueAt, s.locksAt), (a, b) -> new RoundScope.Deadline(
                        a.dueAt().isAfter(b.dueAt()) ? a.dueAt() : b.dueAt(), a.locksAt().isAfter(b.locksAt()) ? a.locksAt() : b.locksAt()));
            }
            return RoundTargets.document(round).chain(doc -> RoundScope.enterAll(round.id, added, doc, unit -> latest));
        });
    }

    private static Uni<Void> removeUnits(long roundId, List<Long> remove) {
        if (remove.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Score.delete("roundId = ?1 and unitId in ?2", roundId, remove)
                .chain(() -> Submission.delete("roundId = ?1 and unitId in ?2", roundId, remove))
                .chain(() -> RoundUnit.delete("roundId = ?1 and unitId in ?2", roundId, remove))
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<EvaluationRound> advance(ScopedActor actor, AdvanceEvaluationRoundInput in) {
        return targets.managedRound(actor, in.roundId).chain(round -> {
            if (round.version != in.version) {
                throw RoundTargets.stale("评估批次", round.version);
            }
            OffsetDateTime now = OffsetDateTime.now();
            return facts(round, in, now).chain(facts -> {
                RoundStages.advance(round.stage, in.stage, facts);
                RoundSnapshot before = RoundSnapshot.of(round);
                round.stage = in.stage;
                if (in.stage == EvaluationStage.REPLY) {
                    round.replyClosesAt = in.replyClosesAt;
                }
                if (in.stage == EvaluationStage.PUBLISHED) {
                    round.publishedAt = now;
                    round.publishedByName = actor.actor().displayName();
                }
                Uni<Void> replies = in.stage == EvaluationStage.REPLY ? openReplies(round) : Uni.createFrom().voidItem();
                return replies.chain(() -> round.<EvaluationRound>persistAndFlush())
                        .call(r -> audit.record(actor.actor(), "EVALUATION_ROUND_ADVANCED", "EvaluationRound", r.id, before,
                                RoundSnapshot.of(r)));
            });
        });
    }

    private static Uni<RoundStages.Facts> facts(EvaluationRound round, AdvanceEvaluationRoundInput in, OffsetDateTime now) {
        List<SubmissionStatus> open = List.of(SubmissionStatus.PENDING, SubmissionStatus.RETURNED);
        return Submission.count("roundId = ?1 and form = ?2 and status in ?3 and locksAt > ?4", round.id,
                        SubmissionForm.SELF_ASSESSMENT, open, now)
                .chain(openSelf -> Score.count("roundId = ?1 and notApplicable = false and firstScore is null", round.id)
                        .chain(unmarkedFirst -> Submission.count("roundId = ?1 and form = ?2 and status in ?3", round.id,
                                        SubmissionForm.REPLY, open)
                                .chain(awaiting -> Score.count("roundId = ?1 and notApplicable = false and finalScore is null", round.id)
                                        .map(unmarkedFinal -> new RoundStages.Facts(now, openSelf.intValue(), unmarkedFirst.intValue(),
                                                in.stage == EvaluationStage.REPLY ? in.replyClosesAt : round.replyClosesAt,
                                                awaiting.intValue(), unmarkedFinal.intValue())))));
    }

    /** Each unit that lost points gets a reply to submit (or waive) by the end of the reply window. */
    private static Uni<Void> openReplies(EvaluationRound round) {
        return RoundTargets.document(round).chain(doc -> RoundUnit.<RoundUnit>list("roundId", round.id)
                .chain(units -> Score.<Score>list("roundId = ?1 and notApplicable = false", round.id).chain(scores -> {
                    List<Submission> replies = new ArrayList<>();
                    for (RoundUnit ru : units) {
                        boolean lost = scores.stream().anyMatch(s -> s.unitId.equals(ru.unitId)
                                && MarkRules.lostPoints(s.firstScore, RoundTargets.node(doc, s.indicatorCode).pointsFor(ru.category)));
                        if (lost) {
                            replies.add(Submission.pending(round.id, ru.unitId, SubmissionForm.REPLY, round.replyClosesAt,
                                    round.replyClosesAt));
                        }
                    }
                    return replies.isEmpty() ? Uni.createFrom().voidItem() : Submission.persist(replies);
                })));
    }
}
