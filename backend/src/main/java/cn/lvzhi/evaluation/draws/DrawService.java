package cn.lvzhi.evaluation.draws;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.draws.inputs.CancelEvaluationDrawInput;
import cn.lvzhi.evaluation.draws.inputs.ChangeEvaluationDrawInput;
import cn.lvzhi.evaluation.draws.inputs.CreateEvaluationDrawInput;
import cn.lvzhi.evaluation.draws.inputs.DrawDefinitionInput;
import cn.lvzhi.evaluation.draws.inputs.DrawStepInput;
import cn.lvzhi.evaluation.draws.inputs.SeedEvaluationDrawInput;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs 双随机 draws step by step (define → freeze → seed → draw, or cancel with a reason), each step checked against
 * the draw's status and version and audited in its transaction. Inputs never change once frozen.
 */
@ApplicationScoped
public class DrawService {
    static final String FROZEN = "抽查的候选名单已冻结，不能再修改 (the draw's inputs are frozen)";

    private final DrawInputsLoader loader;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    public DrawService(DrawInputsLoader loader, AuditLog audit) {
        this.loader = loader;
        this.audit = audit;
    }

    /** What the audit trail keeps of a draw. */
    record DrawSnapshot(DrawStatus status, List<StratumSize> strata, int kOffice, int inspectorsPerUnit, String frozenHash,
                        String seed, String cancelReason, int version) {
        static DrawSnapshot of(Draw d) {
            return new DrawSnapshot(d.status, d.strata.strata(), d.kOffice, d.inspectorsPerUnit, d.frozenHash, d.seed, d.cancelReason,
                    d.version);
        }
    }

    @WithTransaction
    public Uni<Draw> create(ScopedActor actor, CreateEvaluationDrawInput in) {
        return EvaluationRound.<EvaluationRound>findById(in.roundId).chain(round -> {
            if (round == null || !actor.regionHolds(round.regionPath) || actor.actor().system()) {
                throw new NotFoundException("评估批次不存在 (evaluation round not found)");
            }
            DrawPolicy.manage(actor, round.regionPath).orThrow();
            List<StratumSize> strata = strata(in);
            return Draw.count("roundId = ?1 and status <> ?2", round.id, DrawStatus.CANCELLED).chain(standing -> {
                if (standing > 0) {
                    throw new ConflictException("本批次已有未作废的抽查，须先作废才能重新抽查 (the round has a standing draw; cancel it first)");
                }
                return loader.checkStrata(round.id, strata);
            }).chain(() -> {
                Draw d = new Draw();
                d.roundId = round.id;
                d.regionPath = round.regionPath;
                d.status = DrawStatus.DRAFT;
                define(d, in, strata);
                d.createdByName = actor.actor().displayName();
                d.createdAt = OffsetDateTime.now();
                return d.<Draw>persistAndFlush().call(saved -> audit.record(actor.actor(), "EVALUATION_DRAW_CREATED",
                        "EvaluationDraw", saved.id, null, DrawSnapshot.of(saved)));
            });
        });
    }

    @WithTransaction
    public Uni<Draw> change(ScopedActor actor, ChangeEvaluationDrawInput in) {
        List<StratumSize> strata = strata(in);
        return step(actor, in.drawId, in.version, "EVALUATION_DRAW_CHANGED", d -> {
            requireDraft(d);
            return loader.checkStrata(d.roundId, strata).invoke(() -> define(d, in, strata));
        });
    }

    @WithTransaction
    public Uni<Draw> freeze(ScopedActor actor, DrawStepInput in) {
        return step(actor, in.drawId, in.version, "EVALUATION_DRAW_FROZEN", d -> {
            requireDraft(d);
            return loader.inputs(d).invoke(inputs -> {
                d.frozenInputs = inputs;
                d.frozenHash = DrawHashing.frozenHash(inputs);
                d.status = DrawStatus.FROZEN;
                d.frozenAt = OffsetDateTime.now();
            }).replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<Draw> seed(ScopedActor actor, SeedEvaluationDrawInput in) {
        boolean generate = Boolean.TRUE.equals(in.generate);
        boolean entered = in.seed != null && !in.seed.isBlank();
        if (generate == entered) {
            throw new ValidationException("input.seed", "须录入随机种子或选择由系统生成，二者择一 (enter a seed or ask for one, not both)");
        }
        return step(actor, in.drawId, in.version, "EVALUATION_DRAW_SEEDED", d -> {
            if (d.status != DrawStatus.FROZEN) {
                throw new ConflictException(d.status == DrawStatus.DRAFT
                        ? "须先冻结候选名单，再确定随机种子 (freeze the candidates before the seed)"
                        : "该抽查已抽取或已作废 (the draw is already drawn or cancelled)");
            }
            if (d.seed != null) {
                throw new ConflictException("随机种子已确定，不能更改 (the seed is fixed and cannot change)");
            }
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            d.seed = generate ? HexFormat.of().formatHex(bytes) : in.seed.strip();
            d.seedGenerated = generate;
            d.seededAt = OffsetDateTime.now();
            return Uni.createFrom().voidItem();
        });
    }

    @WithTransaction
    public Uni<Draw> run(ScopedActor actor, DrawStepInput in) {
        return step(actor, in.drawId, in.version, "EVALUATION_DRAW_DRAWN", d -> {
            if (d.status == DrawStatus.DRAWN || d.status == DrawStatus.CANCELLED) {
                throw new ConflictException("该抽查已抽取或已作废 (the draw is already drawn or cancelled)");
            }
            if (d.status == DrawStatus.DRAFT || d.seed == null) {
                throw new ValidationException("input.drawId", "须先冻结候选名单并确定随机种子，才能抽取 (freeze and fix the seed before drawing)");
            }
            DrawAlgorithm.Outcome outcome = DrawAlgorithm.draw(d.frozenInputs, d.seed);
            d.status = DrawStatus.DRAWN;
            d.drawnAt = OffsetDateTime.now();
            return loader.store(d, outcome);
        });
    }

    @WithTransaction
    public Uni<Draw> cancel(ScopedActor actor, CancelEvaluationDrawInput in) {
        return step(actor, in.drawId, in.version, "EVALUATION_DRAW_CANCELLED", d -> {
            if (d.status == DrawStatus.CANCELLED) {
                throw new ConflictException("该抽查已作废 (the draw is already cancelled)");
            }
            d.status = DrawStatus.CANCELLED;
            d.cancelReason = in.reason.strip();
            d.cancelledAt = OffsetDateTime.now();
            return Uni.createFrom().voidItem();
        });
    }

    /** Loads the draw for change once the actor sees it and runs draws of its region, checks its version, applies, audits. */
    private Uni<Draw> step(ScopedActor actor, long drawId, int version, String action, Function<Draw, Uni<Void>> change) {
        return Draw.<Draw>findById(drawId).chain(d -> {
            if (d == null) {
                throw new NotFoundException(DrawReads.DRAW_NOT_FOUND);
            }
            return Panache.getSession().chain(s -> s.createNativeQuery(
                            "SELECT count(*) FROM evaluation_draw_unit WHERE draw_id = ?1 AND unit_id = ?2", Long.class)
                    .setParameter(1, d.id).setParameter(2, actor.actor().unitId()).getSingleResult())
                    .chain(n -> {
                        DrawReads.visible(new DrawReads.Access(d, DrawPolicy.view(actor, d.regionPath, d.status,
                                DrawPolicy.drawnUnit(actor) && n > 0)));
                        DrawPolicy.manage(actor, d.regionPath).orThrow();
                        if (d.version != version) {
                            throw new ConflictException("抽查已被他人修改（当前版本 " + d.version + "），请刷新后重试 (stale version; current is "
                                    + d.version + ")");
                        }
                        DrawSnapshot before = DrawSnapshot.of(d);
                        return change.apply(d).chain(() -> d.<Draw>persistAndFlush())
                                .call(saved -> audit.record(actor.actor(), action, "EvaluationDraw", saved.id, before,
                                        DrawSnapshot.of(saved)));
                    });
        });
    }

    private static void requireDraft(Draw d) {
        if (d.status != DrawStatus.DRAFT) {
            throw new ConflictException(FROZEN);
        }
    }

    private static List<StratumSize> strata(DrawDefinitionInput in) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.strata.size(); i++) {
            if (!seen.add(in.strata.get(i).category.name())) {
                throw new ValidationException("input.strata[" + i + "].category", "抽查分层重复 (a stratum appears twice)");
            }
        }
        return in.strata.stream().map(s -> new StratumSize(s.category.name(), s.k)).toList();
    }

    private static void define(Draw d, DrawDefinitionInput in, List<StratumSize> strata) {
        d.strata = new Draw.Strata(strata);
        d.kOffice = in.kOffice;
        d.inspectorsPerUnit = in.inspectorsPerUnit;
    }
}
