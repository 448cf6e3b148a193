package cn.lvzhi.tracking;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.tracking.inputs.AdvanceRoundStepInput;
import cn.lvzhi.tracking.inputs.ChangeRoundScopeInput;
import cn.lvzhi.tracking.inputs.PlanTrackingRoundInput;
import cn.lvzhi.tracking.inputs.SaveTrackingTemplateInput;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Plans and runs follow-up rounds (问效批次): the templates they copy, the matters in scope and the seven steps.
 * Every change is audited in the same transaction.
 */
@ApplicationScoped
public class RoundService {
    private final TrackingReads reads;
    private final TrackingTargets targets;
    private final AuditLog audit;


    public RoundService(TrackingReads reads, TrackingTargets targets, AuditLog audit) {
        this.reads = reads;
        this.targets = targets;
        this.audit = audit;
    }

    /** What the audit trail keeps of a round. */
    record RoundSnapshot(String name, LocalDate planDate, TrackingStep step, int version) {
        static RoundSnapshot of(TrackingRound r) {
            return new RoundSnapshot(r.name, r.planDate, r.step, r.version);
        }
    }

    /** What the audit trail keeps of a change of scope. */
    record ScopeSnapshot(long matterId, boolean included, String reason) {
    }

    /** A round is planned at most two years ahead, for matters approved 6–12 months before its date. */
    static LocalDate planDate(LocalDate planDate) {
        return DateRanges.within("input.planDate", planDate, DateRanges.FOUNDING, DateRanges.today().plusYears(2), "计划日期");
    }

    @WithTransaction
    public Uni<TrackingTemplate> saveTemplate(ScopedActor actor, SaveTrackingTemplateInput in) {
        List<Indicator> indicators = TemplatePolicy.indicators(in.indicators);
        TrackingPolicy.manage(actor, actor.regionPath()).orThrow();
        return TrackingTemplate.<TrackingTemplate>findById(in.kind).chain(t -> {
            if (t.version != in.version) {
                throw TrackingTargets.stale("问效指标模板", t.version);
            }
            List<Indicator> before = t.getIndicators();
            t.indicatorSet = new TrackingTemplate.IndicatorSet(indicators);
            t.updatedAt = OffsetDateTime.now();
            return t.<TrackingTemplate>persistAndFlush()
                    .call(saved -> audit.record(actor.actor(), "TEMPLATE_SAVED", "TrackingTemplate", saved.kind, before, saved.getIndicators()));
        });
    }

    @WithTransaction
    public Uni<TrackingRound> planRound(ScopedActor actor, PlanTrackingRoundInput in) {
        planDate(in.planDate);
        TrackingPolicy.manage(actor, actor.regionPath()).orThrow();
        return TrackingTemplate.<TrackingTemplate>listAll().chain(templates -> {
            TrackingRound round = new TrackingRound();
            round.regionPath = actor.regionPath();
            round.name = in.name;
            round.planDate = in.planDate;
            round.step = TrackingStep.PLAN;
            round.templates = new EnumMap<>(MatterKind.class);
            templates.forEach(t -> round.templates.put(t.kind, t.getIndicators()));
            return round.<TrackingRound>persistAndFlush();
        }).call(round -> stepRecord(actor, round, TrackingStep.PLAN, in.planDate, "计划日期 " + in.planDate))
                .call(round -> Panache.getSession().chain(s -> s.createSelectionQuery("""
                                select m.id from EstablishmentMatter m, Unit u where u.id = m.unitId and u.path like :region
                                and m.approvedOn between :from and :to order by m.id""", Long.class)
                        .setParameter("region", actor.regionPath() + "%")
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
                .call(round -> audit.record(actor.actor(), "ROUND_PLANNED", "TrackingRound", round.id, null, RoundSnapshot.of(round)));
    }

    private Uni<RoundStepRecord> stepRecord(ScopedActor actor, TrackingRound round, TrackingStep step, LocalDate doneOn, String note) {
        RoundStepRecord r = new RoundStepRecord();
        r.roundId = round.id;
        r.step = step;
        r.doneOn = doneOn;
        r.doneByName = actor.actor().displayName();
        r.note = note;
        r.recordedAt = OffsetDateTime.now();
        return r.persist();
    }

    @WithTransaction
    public Uni<TrackingRound> changeScope(ScopedActor actor, ChangeRoundScopeInput in) {
        var reasoned = TrackingScopePolicy.change(in.reason);
        if (!reasoned.allowed()) {
            throw new ValidationException("input.reason", reasoned.reason());
        }
        return targets.managedRound(actor, in.roundId).chain(round -> {
            RoundSteps.requireAt(round.step, "调整问效范围", TrackingStep.PLAN, TrackingStep.SURVEY);
            return reads.matter(actor, in.matterId).chain(m -> targets.pathOf(m.unitId, "input.matterId").invoke(path -> {
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
                        rm.reason = rm.included == rm.proposed ? null : in.reason;
                        RoundMatter changed = rm;
                        return changed.persistAndFlush().call(() -> audit.record(actor.actor(),
                                in.include ? "ROUND_MATTER_ADDED" : "ROUND_MATTER_DROPPED", "TrackingRound", round.id, before,
                                new ScopeSnapshot(changed.matterId, changed.included, in.reason))).replaceWith(round);
                    });
        });
    }

    @WithTransaction
    public Uni<TrackingRound> advanceStep(ScopedActor actor, AdvanceRoundStepInput in) {
        return targets.managedRound(actor, in.roundId).chain(round -> {
            if (round.version != in.version) {
                throw TrackingTargets.stale("问效批次", round.version);
            }
            RoundSteps.advance(round.step, in.step);
            RoundSnapshot before = RoundSnapshot.of(round);
            round.step = in.step;
            LocalDate doneOn = in.doneOn == null ? TrackingReads.today()
                    : DateRanges.within("input.doneOn", in.doneOn, round.planDate, TrackingReads.today(), "完成日期");
            String note = Texts.optional(in.note);
            return round.<TrackingRound>persistAndFlush()
                    .call(r -> stepRecord(actor, r, in.step, doneOn, note))
                    .call(r -> audit.record(actor.actor(), "ROUND_STEP_ADVANCED", "TrackingRound", r.id, before, RoundSnapshot.of(r)));
        });
    }
}
