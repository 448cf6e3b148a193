package cn.lvzhi.disputes;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.cases.Case;
import cn.lvzhi.cases.CaseDisputes;
import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.cases.DispatchRole;
import cn.lvzhi.cases.DispatchService;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ItemDetails.BoundaryScope;
import cn.lvzhi.lists.ListService;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import cn.lvzhi.security.Decision;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The coordination ladder of a dispute (职责争议): opened when every first-hop unit refuses a case, recorded rung by
 * rung, escalated, and resolved by naming the lead unit — which dispatches the case and drafts a boundary item
 * (职责边界清单) for the establishment office to approve. Every change locks the dispute row, so two people acting on
 * one dispute at once are applied one after the other; every change writes a step and the audit trail.
 */
@ApplicationScoped
public class DisputeService implements CaseDisputes {
    private final DisputeReads reads;
    private final CaseReads cases;
    private final DispatchService dispatching;
    private final ListService lists;
    private final UnitReads units;
    private final AuditLog audit;

    public DisputeService(DisputeReads reads, CaseReads cases, DispatchService dispatching, ListService lists, UnitReads units,
                          AuditLog audit) {
        this.reads = reads;
        this.cases = cases;
        this.dispatching = dispatching;
        this.lists = lists;
        this.units = units;
        this.audit = audit;
    }

    /** What the audit trail keeps of a dispute. */
    record DisputeSnapshot(String code, Long caseId, DisputeRung rung, DisputeStatus status, Long leadUnitId,
                           List<DisputeParty> cooperating, String decision, Long boundaryItemId) {
        static DisputeSnapshot of(Dispute d) {
            return new DisputeSnapshot(d.code, d.caseId, d.rung, d.status, d.leadUnitId, d.getCooperating(), d.decision, d.boundaryItemId);
        }
    }

    /** Opens a dispute at the lowest rung; runs in the transaction of the refusal that made the case DISPUTED. */
    @Override
    public Uni<Void> disputed(ScopedActor actor, Case caseFile) {
        return Dispute.count("caseId", caseFile.id).chain(earlier -> {
            Dispute d = new Dispute();
            d.code = "ZY-" + caseFile.code + (earlier == 0 ? "" : "-" + (earlier + 1));
            d.caseId = caseFile.id;
            d.rung = DisputeRung.LEAD_CONVENES;
            d.status = DisputeStatus.OPEN;
            d.openedAt = OffsetDateTime.now();
            d.cooperatingParties = new Dispute.Cooperating(List.of());
            return d.<Dispute>persistAndFlush();
        }).call(d -> step(actor, d, DisputeStepKind.OPENED, "所有承办单位均已退单，进入职责争议协调 (every handler refused)", null))
                .call(d -> audit.record(actor.actor(), "DISPUTE_OPENED", "Dispute", d.id, null, DisputeSnapshot.of(d)))
                .replaceWithVoid();
    }

    /** A dispute the actor sees, with its case, before any transaction opens. */
    private record Seen(Dispute dispute, Case caseFile) {
    }

    private Uni<Seen> seen(ScopedActor a, long disputeId) {
        return reads.byId(a, disputeId).chain(d -> cases.byId(a, d.caseId).map(c -> new Seen(d, c)));
    }

    /**
     * Locks the dispute, then checks the actor may act at its current rung (FORBIDDEN) and that it is open at the
     * rung the request names (CONFLICT naming the current rung).
     */
    private Uni<Dispute> locked(ScopedActor a, Seen seen, DisputeRung claimed) {
        return Dispute.<Dispute>findById(seen.dispute().id, LockModeType.PESSIMISTIC_WRITE).invoke(d -> {
            if (d.status == DisputeStatus.OPEN) {
                DisputePolicy.act(a, d.rung, seen.caseFile().areaPath).orThrow();
            }
            conflictUnless(DisputePolicy.at(d.status, d.rung, claimed));
        });
    }

    private static void conflictUnless(Decision decision) {
        if (!decision.allowed()) {
            throw new ConflictException(decision.reason());
        }
    }

    public Uni<Dispute> recordStep(ScopedActor a, RecordDisputeStepInput in) {
        String minutes = in.minutes;
        String participants = Texts.optional(in.participants);
        return seen(a, in.disputeId).chain(seen -> Panache.withTransaction(() -> locked(a, seen, in.rung)
                .call(d -> step(a, d, DisputeStepKind.MEETING, minutes, participants))
                .call(d -> audit.record(a.actor(), "DISPUTE_STEP_RECORDED", "Dispute", d.id, null, d.rung + " " + minutes))));
    }

    public Uni<Dispute> escalate(ScopedActor a, EscalateDisputeInput in) {
        String opinion = in.opinion;
        return seen(a, in.disputeId).chain(seen -> Panache.withTransaction(() -> locked(a, seen, in.rung).chain(d -> {
            conflictUnless(DisputePolicy.escalate(d.rung));
            DisputeSnapshot before = DisputeSnapshot.of(d);
            DisputeRung from = d.rung;
            d.rung = d.rung.next();
            return d.<Dispute>persistAndFlush()
                    .call(saved -> step(a, from, saved, DisputeStepKind.ESCALATED, opinion, null))
                    .call(saved -> audit.record(a.actor(), "DISPUTE_ESCALATED", "Dispute", saved.id, before, DisputeSnapshot.of(saved)));
        })));
    }

    public Uni<Dispute> resolve(ScopedActor a, ResolveDisputeInput in) {
        String decision = in.decision;
        String leadResponsibility = in.leadResponsibility;
        List<DisputePartyInput> parties = in.cooperating == null ? List.of() : in.cooperating;
        Set<Long> ids = new HashSet<>();
        ids.add(in.leadUnitId);
        List<DisputeParty> cooperating = new ArrayList<>();
        for (DisputePartyInput p : parties) {
            if (!ids.add(p.unitId)) {
                throw new ValidationException("input.cooperating", "单位重复或与牵头单位相同 (a unit appears twice)");
            }
            cooperating.add(new DisputeParty(p.unitId, p.responsibility));
        }
        return seen(a, in.disputeId).chain(seen -> units.byIds(ids).chain(found -> {
            for (Long id : ids) {
                Unit u = found.get(id);
                if (u == null || !a.regionHolds(u.path)) {
                    throw new ValidationException(id.equals(in.leadUnitId) ? "input.leadUnitId" : "input.cooperating",
                            "单位不存在或不在本区 (no such unit in your district)");
                }
            }
            String boundaryName = Texts.optional(in.boundaryName);
            String name = boundaryName == null ? category(seen.caseFile()) : boundaryName;
            return Panache.withTransaction(() -> locked(a, seen, in.rung)
                    .chain(d -> decide(a, seen.caseFile(), d, in, decision, leadResponsibility, cooperating, name, found::get)));
        }));
    }

    private static String category(Case c) {
        return c.categoryText != null ? c.categoryText : c.title;
    }

    private Uni<Dispute> decide(ScopedActor a, Case c, Dispute d, ResolveDisputeInput in, String decision, String leadResponsibility,
                                List<DisputeParty> cooperating, String name, Function<Long, Unit> unit) {
        DisputeSnapshot before = DisputeSnapshot.of(d);
        List<DispatchService.DecidedHandler> handlers = new ArrayList<>();
        handlers.add(new DispatchService.DecidedHandler(in.leadUnitId, DispatchRole.LEAD));
        cooperating.forEach(p -> handlers.add(new DispatchService.DecidedHandler(p.unitId(), DispatchRole.CO_OPERATE)));
        var boundary = new ListService.DisputedBoundary(d.code, name, in.leadUnitId, leadResponsibility,
                cooperating.stream().map(p -> new ListService.DisputedBoundary.CooperatingUnit(unit.apply(p.unitId()).code, p.responsibility())).toList(),
                in.boundaryScope == null ? BoundaryScope.INTER_DEPARTMENT : in.boundaryScope,
                "职责争议 " + d.code + "（" + d.rung.label() + "）裁定：" + decision);
        return dispatching.dispatchDecided(a, c.id, handlers, "职责争议裁定：" + decision)
                .chain(() -> lists.proposeDisputedBoundary(a, boundary))
                .chain(change -> {
                    d.status = DisputeStatus.RESOLVED;
                    d.resolvedAt = OffsetDateTime.now();
                    d.leadUnitId = in.leadUnitId;
                    d.leadResponsibility = leadResponsibility;
                    d.cooperatingParties = new Dispute.Cooperating(cooperating);
                    d.decision = decision;
                    d.boundaryItemId = change.itemId;
                    return d.<Dispute>persistAndFlush();
                })
                .call(saved -> step(a, saved, DisputeStepKind.RESOLVED, decision, null))
                .call(saved -> audit.record(a.actor(), "DISPUTE_RESOLVED", "Dispute", saved.id, before, DisputeSnapshot.of(saved)));
    }

    private Uni<Void> step(ScopedActor a, Dispute d, DisputeStepKind kind, String note, String participants) {
        return step(a, d.rung, d, kind, note, participants);
    }

    private Uni<Void> step(ScopedActor a, DisputeRung rung, Dispute d, DisputeStepKind kind, String note, String participants) {
        DisputeStep s = new DisputeStep();
        s.disputeId = d.id;
        s.rung = rung;
        s.kind = kind;
        s.actorName = a.actor().displayName();
        s.actorUnitId = a.unitId();
        s.note = note;
        s.participants = participants;
        s.occurredAt = OffsetDateTime.now();
        return s.persist().replaceWithVoid();
    }
}
