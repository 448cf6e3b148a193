package cn.lvzhi.evaluation.peer;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.peer.inputs.AddPeerConflictInput;
import cn.lvzhi.evaluation.peer.inputs.GeneratePeerMatrixInput;
import cn.lvzhi.evaluation.peer.inputs.PeerRuleInput;
import cn.lvzhi.evaluation.peer.inputs.RatePeerInput;
import cn.lvzhi.evaluation.peer.inputs.RemovePeerConflictInput;
import cn.lvzhi.evaluation.peer.inputs.SavePeerRulesInput;
import cn.lvzhi.evaluation.peer.inputs.SubmitPeerRatingsInput;
import cn.lvzhi.evaluation.rounds.RoundUnit;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a round's peer assessment (互评): 编办 saves the rules and the conflict register and generates the matrix
 * ({@link PeerAssigner}); rater units rate their assigned targets and submit the set. Each write checks
 * {@link PeerPolicy} first and is audited in its transaction. A rating's score is never written to the audit trail:
 * individual ratings are read by their rater only.
 */
@ApplicationScoped
public class PeerService {
    static final String RATED_ALREADY = "已有单位评分，不能重新生成互评分配 (ratings exist; the matrix can no longer be regenerated)";
    static final String ROUND_PUBLISHED = "评估结果已公布，不能再修改互评 (the round is published)";

    private final PeerReads reads;
    private final AuditLog audit;

    public PeerService(PeerReads reads, AuditLog audit) {
        this.reads = reads;
        this.audit = audit;
    }

    record SetupSnapshot(OffsetDateTime closesAt, int trimFrom, List<String> rules, int version) {
        static SetupSnapshot of(PeerSetup s, List<PeerRule> rules) {
            return new SetupSnapshot(s.closesAt, s.trimFrom, rules.stream()
                    .map(r -> r.raterKind + "->" + r.targetKind + "x" + r.ratersPerTarget).toList(), s.version);
        }
    }

    record RatingSnapshot(long raterUnitId, long targetUnitId, boolean rated, boolean commented, int version) {
        static RatingSnapshot of(PeerAssignment a) {
            return new RatingSnapshot(a.raterUnitId, a.targetUnitId, a.score != null, a.comment != null, a.version);
        }
    }

    /** The round the actor runs; FORBIDDEN for those who only see it, CONFLICT once published. */
    private Uni<PeerReads.Place> managed(ScopedActor actor, long roundId) {
        return reads.place(actor, roundId).invoke(p -> {
            PeerPolicy.manage(actor, p.round().regionPath).orThrow();
            if (p.round().stage == EvaluationStage.PUBLISHED) {
                throw new ConflictException(ROUND_PUBLISHED);
            }
        });
    }

    @WithTransaction
    public Uni<PeerViews.Assessment> saveRules(ScopedActor actor, SavePeerRulesInput in) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.rules.size(); i++) {
            PeerRuleInput r = in.rules.get(i);
            if (r.raterKind == PeerKind.TOWNSHIP && r.targetKind == PeerKind.TOWNSHIP) {
                throw new ValidationException("input.rules[" + i + "].targetKind", "乡镇之间不互评 (townships do not rate townships)");
            }
            if (!seen.add(r.raterKind + ">" + r.targetKind)) {
                throw new ValidationException("input.rules[" + i + "]", "同一类互评规则只能设置一条 (one rule per rater and target kind)");
            }
        }
        return managed(actor, in.roundId).chain(p -> PeerSetup.<PeerSetup>findById(in.roundId, LockModeType.PESSIMISTIC_WRITE)
                .chain(existing -> PeerRule.<PeerRule>list("roundId", in.roundId).chain(oldRules -> {
                    SetupSnapshot before = existing == null ? null : SetupSnapshot.of(existing, oldRules);
                    PeerSetup setup = existing;
                    if (setup == null) {
                        setup = new PeerSetup();
                        setup.roundId = in.roundId;
                        setup.version = 0;
                    } else if (in.version == null || in.version != setup.version) {
                        throw stale(setup.version);
                    } else {
                        setup.version++;
                    }
                    setup.closesAt = in.closesAt;
                    setup.trimFrom = in.trimFrom == null ? 5 : in.trimFrom;
                    List<PeerRule> rules = in.rules.stream().map(r -> {
                        PeerRule rule = new PeerRule();
                        rule.roundId = in.roundId;
                        rule.raterKind = r.raterKind;
                        rule.targetKind = r.targetKind;
                        rule.ratersPerTarget = r.ratersPerTarget;
                        return rule;
                    }).toList();
                    PeerSetup saved = setup;
                    return saved.persist().chain(() -> PeerRule.delete("roundId", in.roundId))
                            .chain(() -> PeerRule.persist(rules))
                            .call(() -> audit.record(actor.actor(), "PEER_RULES_SAVED", "EvaluationRound", in.roundId, before,
                                    SetupSnapshot.of(saved, rules)))
                            .map(x -> PeerReads.view(p, saved, rules, OffsetDateTime.now()));
                })));
    }

    static ConflictException stale(int current) {
        return new ConflictException("互评设置已被他人修改（当前版本 " + current + "），请刷新后重试 (stale version; current is "
                + current + ")");
    }

    /** The generated matrix and its shortfalls, for the payload. */
    public record Generated(PeerViews.Assessment assessment, int assignmentCount, List<PeerViews.Shortfall> shortfalls) {
    }

    @WithTransaction
    public Uni<Generated> generate(ScopedActor actor, GeneratePeerMatrixInput in) {
        return managed(actor, in.roundId).chain(p -> PeerSetup.<PeerSetup>findById(in.roundId, LockModeType.PESSIMISTIC_WRITE)
                .chain(setup -> PeerRule.<PeerRule>list("roundId", in.roundId).chain(rules -> {
                    if (setup == null || rules.isEmpty()) {
                        throw new ValidationException("input.roundId", "请先设置互评规则 (save the peer rules first)");
                    }
                    return PeerAssignment.count("roundId = ?1 and score is not null", in.roundId)
                            .chain(rated -> PeerSubmission.count("roundId", in.roundId).map(sub -> rated + sub))
                            .chain(given -> {
                                if (given > 0) {
                                    throw new ConflictException(RATED_ALREADY);
                                }
                                return candidates(in.roundId);
                            })
                            .chain(candidates -> conflictPairs(p).chain(pairs -> {
                                PeerAssigner.Matrix matrix = PeerAssigner.assign(candidates, rules.stream()
                                        .map(r -> new PeerAssigner.Rule(r.raterKind, r.targetKind, r.ratersPerTarget)).toList(), pairs);
                                List<PeerAssignment> cells = matrix.cells().stream().map(c -> cell(in.roundId, c)).toList();
                                setup.generatedAt = OffsetDateTime.now();
                                setup.generatedByName = actor.actor().displayName();
                                setup.version++;
                                return PeerAssignment.delete("roundId", in.roundId)
                                        .chain(() -> PeerAssignment.persist(cells)).chain(() -> setup.persistAndFlush())
                                        .chain(() -> shortfalls(matrix.shortfalls()))
                                        .call(() -> audit.record(actor.actor(), "PEER_MATRIX_GENERATED", "EvaluationRound", in.roundId,
                                                null, Map.of("assignments", cells.size(), "shortfalls", matrix.shortfalls().size())))
                                        .map(sf -> new Generated(PeerReads.view(p, setup, rules, OffsetDateTime.now()), cells.size(), sf));
                            }));
                })));
    }

    private static PeerAssignment cell(long roundId, PeerAssigner.Cell c) {
        PeerAssignment a = new PeerAssignment();
        a.roundId = roundId;
        a.raterKind = c.raterKind();
        a.targetKind = c.targetKind();
        a.raterUnitId = c.raterUnitId();
        a.targetUnitId = c.targetUnitId();
        return a;
    }

    private static Uni<List<PeerAssigner.Candidate>> candidates(long roundId) {
        return RoundUnit.<RoundUnit>list("roundId", roundId).chain(rus -> Unit.<Unit>list("id in ?1",
                        rus.stream().map(ru -> ru.unitId).toList())
                .map(units -> {
                    Map<Long, String> codes = new HashMap<>();
                    units.forEach(u -> codes.put(u.id, u.code));
                    return rus.stream().map(ru -> new PeerAssigner.Candidate(ru.unitId, codes.get(ru.unitId),
                            PeerKind.of(ru.category))).toList();
                }));
    }

    private static Uni<Set<List<Long>>> conflictPairs(PeerReads.Place p) {
        return PeerConflict.<PeerConflict>list("regionPath = ?1 and (roundId is null or roundId = ?2)", p.round().regionPath,
                p.round().id).map(list -> {
                    Set<List<Long>> pairs = new HashSet<>();
                    list.forEach(c -> pairs.add(PeerAssigner.pair(c.unitAId, c.unitBId)));
                    return pairs;
                });
    }

    private static Uni<List<PeerViews.Shortfall>> shortfalls(List<PeerAssigner.Shortfall> list) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Unit.<Unit>list("id in ?1", list.stream().map(PeerAssigner.Shortfall::targetUnitId).toList()).map(units -> {
            Map<Long, Unit> by = new HashMap<>();
            units.forEach(u -> by.put(u.id, u));
            List<PeerViews.Shortfall> out = new ArrayList<>();
            list.forEach(s -> out.add(new PeerViews.Shortfall(by.get(s.targetUnitId()), s.wanted(), s.got())));
            return out;
        });
    }

    @WithTransaction
    public Uni<PeerViews.Conflict> addConflict(ScopedActor actor, AddPeerConflictInput in) {
        if (in.unitAId.equals(in.unitBId)) {
            throw new ValidationException("input.unitBId", "回避须是两个不同的单位 (a conflict names two different units)");
        }
        return managed(actor, in.roundId).chain(p -> Unit.<Unit>list("id in ?1", List.of(in.unitAId, in.unitBId)).chain(units -> {
            Map<Long, Unit> by = new HashMap<>();
            units.stream().filter(u -> u.path.startsWith(p.round().regionPath)).forEach(u -> by.put(u.id, u));
            if (!by.containsKey(in.unitAId)) {
                throw new ValidationException("input.unitAId", "单位不存在或不在本辖区 (no such unit in the region)");
            }
            if (!by.containsKey(in.unitBId)) {
                throw new ValidationException("input.unitBId", "单位不存在或不在本辖区 (no such unit in the region)");
            }
            List<Long> pair = PeerAssigner.pair(in.unitAId, in.unitBId);
            Long roundId = Boolean.TRUE.equals(in.wholeRegion) ? null : in.roundId;
            return PeerConflict.<PeerConflict>find("regionPath = ?1 and unitAId = ?2 and unitBId = ?3 and "
                            + (roundId == null ? "roundId is null" : "roundId = ?4"),
                    roundId == null ? new Object[] {p.round().regionPath, pair.get(0), pair.get(1)}
                            : new Object[] {p.round().regionPath, pair.get(0), pair.get(1), roundId}).firstResult()
                    .chain(existing -> {
                        if (existing != null) {
                            return Uni.createFrom().item(PeerReads.conflict(existing, by));
                        }
                        PeerConflict c = new PeerConflict();
                        c.regionPath = p.round().regionPath;
                        c.roundId = roundId;
                        c.unitAId = pair.get(0);
                        c.unitBId = pair.get(1);
                        c.reason = in.reason;
                        c.createdByName = actor.actor().displayName();
                        c.createdAt = OffsetDateTime.now();
                        return c.<PeerConflict>persistAndFlush()
                                .call(saved -> audit.record(actor.actor(), "PEER_CONFLICT_ADDED", "PeerConflict", saved.id, null,
                                        Map.of("unitAId", saved.unitAId, "unitBId", saved.unitBId, "reason", saved.reason,
                                                "wholeRegion", roundId == null)))
                                .map(saved -> PeerReads.conflict(saved, by));
                    });
        }));
    }

    @WithTransaction
    public Uni<Long> removeConflict(ScopedActor actor, RemovePeerConflictInput in) {
        return managed(actor, in.roundId).chain(p -> PeerConflict.<PeerConflict>findById(in.id).chain(c -> {
            if (c == null || !c.regionPath.equals(p.round().regionPath) || (c.roundId != null && !c.roundId.equals(in.roundId))) {
                throw new NotFoundException("回避记录不存在 (conflict not found)");
            }
            Map<String, Object> before = Map.of("unitAId", c.unitAId, "unitBId", c.unitBId, "reason", c.reason);
            return c.delete().call(() -> audit.record(actor.actor(), "PEER_CONFLICT_REMOVED", "PeerConflict", c.id, before, null))
                    .replaceWith(c.id);
        }));
    }

    @WithTransaction
    public Uni<PeerViews.Task> rate(ScopedActor actor, RatePeerInput in) {
        return reads.place(actor, in.roundId).chain(p -> PeerSetup.<PeerSetup>findById(in.roundId, LockModeType.PESSIMISTIC_READ)
                .chain(setup -> PeerSubmission.<PeerSubmission>findById(new PeerSubmission.Key(in.roundId, actor.unitId()))
                        .chain(sub -> {
                            PeerPolicy.rate(actor, p.seat(), in.targetUnitId, p.round().stage, sub != null,
                                    setup == null ? null : setup.closesAt, OffsetDateTime.now()).orThrow();
                            return PeerAssignment.<PeerAssignment>find("roundId = ?1 and raterUnitId = ?2 and targetUnitId = ?3",
                                    in.roundId, actor.unitId(), in.targetUnitId).<PeerAssignment>firstResult();
                        })
                        .chain((PeerAssignment a) -> {
                            if (a == null) {
                                throw new NotFoundException(PeerReads.TASK_NOT_FOUND);
                            }
                            if (a.version != in.version) {
                                throw new ConflictException("该评分已被修改（当前版本 " + a.version + "），请刷新后重试 (stale version; current is "
                                        + a.version + ")");
                            }
                            RatingSnapshot before = RatingSnapshot.of(a);
                            a.score = in.score.setScale(2, java.math.RoundingMode.UNNECESSARY);
                            a.comment = in.comment == null || in.comment.isBlank() ? null : in.comment.strip();
                            a.ratedAt = OffsetDateTime.now();
                            a.ratedByName = actor.actor().displayName();
                            return a.<PeerAssignment>persistAndFlush()
                                    .call(saved -> audit.record(actor.actor(), "PEER_RATING_GIVEN", "PeerAssignment", saved.id, before,
                                            RatingSnapshot.of(saved)))
                                    .chain(saved -> Unit.<Unit>findById(saved.targetUnitId).map(u -> PeerReads.task(saved, u)));
                        })));
    }

    @WithTransaction
    public Uni<Void> submit(ScopedActor actor, SubmitPeerRatingsInput in) {
        return reads.place(actor, in.roundId).chain(p -> PeerSetup.<PeerSetup>findById(in.roundId, LockModeType.PESSIMISTIC_READ)
                .chain(setup -> PeerSubmission.<PeerSubmission>findById(new PeerSubmission.Key(in.roundId, actor.unitId()))
                        .chain(sub -> {
                            if (sub != null && p.seat() == PeerSeat.RATER) {
                                return Uni.createFrom().voidItem(); // a retried submission answers the first one
                            }
                            PeerPolicy.rate(actor, p.seat(), null, p.round().stage, false,
                                    setup == null ? null : setup.closesAt, OffsetDateTime.now()).orThrow();
                            return PeerAssignment.<PeerAssignment>list("roundId = ?1 and raterUnitId = ?2", in.roundId,
                                    actor.unitId()).chain(own -> {
                                if (own.isEmpty()) {
                                    throw new NotFoundException("本单位在本批次没有互评任务 (the unit has no rating tasks in this round)");
                                }
                                long missing = own.stream().filter(a -> a.score == null).count();
                                if (missing > 0) {
                                    throw new ValidationException("input.roundId", "尚有 " + missing + " 个单位未评分，全部评分后才能提交 ("
                                            + missing + " targets are not rated yet)");
                                }
                                PeerSubmission s = new PeerSubmission();
                                s.roundId = in.roundId;
                                s.raterUnitId = actor.unitId();
                                s.submittedAt = OffsetDateTime.now();
                                s.submittedByName = actor.actor().displayName();
                                return s.persistAndFlush().call(() -> audit.record(actor.actor(), "PEER_RATINGS_SUBMITTED",
                                        "EvaluationRound", in.roundId, null, Map.of("raterUnitId", actor.unitId(),
                                                "ratings", own.size()))).replaceWithVoid();
                            });
                        })));
    }
}
