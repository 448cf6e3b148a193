package cn.lvzhi.cases;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.cases.inputs.DispatchCaseInput;
import cn.lvzhi.cases.inputs.DispatchTargetInput;
import cn.lvzhi.cases.inputs.RefuseDispatchInput;
import cn.lvzhi.cases.inputs.RemindDispatchInput;
import cn.lvzhi.cases.inputs.ReplyDispatchInput;
import cn.lvzhi.cases.inputs.SignDispatchInput;
import cn.lvzhi.cases.photos.CasePhotos;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.Idempotency;
import cn.lvzhi.common.IdempotencyKeyReusedException;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Decision;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The handling chain of a case (派单): dispatch it to a lead and co-operating units (or pass a dispatch on), sign
 * for, refuse and reply to a dispatch, remind its handler. Every change
 * locks the case row first ({@link CaseLocks}), so of two concurrent dispatchers the second sees the first's hop,
 * and leaves its trail ({@link CaseTrail}) in the same transaction.
 */
@ApplicationScoped
public class DispatchService {
    private static final String CLIENT_KEY = "input.clientKey";

    private final CaseTrail trail;
    private final CasePhotos photos;
    private final CaseDisputes disputes;
    private final DispatchWrite writes;

    public DispatchService(CaseTrail trail, CasePhotos photos, CaseDisputes disputes, DispatchWrite writes) {
        this.trail = trail;
        this.photos = photos;
        this.disputes = disputes;
        this.writes = writes;
    }

    // ---- dispatch

    /**
     * Dispatches a case or passes a dispatch on; for a client key the caller already used, answers with the first
     * request's dispatches instead (IDEMPOTENCY_KEY_REUSED when that request asked for something else). The key is
     * looked up once the case row is locked: of retries racing the first, each waits for the one before to commit and
     * then finds its request. The same key sent at once for another case loses at the key's unique index and is
     * refused the same way.
     */
    public Uni<DispatchCasePayload> dispatch(ScopedActor a, DispatchCaseInput in) {
        String instructions = Texts.optional(in.instructions);
        int signDays = in.signDays == null ? 1 : in.signDays;
        int handlingDays = in.handlingDays == null ? 5 : in.handlingDays;
        DispatchPolicy.checkTargets(in.targets);
        String clientKey = Texts.optional(in.clientKey);
        String fingerprint = clientKey == null ? null : Idempotency.fingerprint(in.caseId, in.parentDispatchId,
                in.targets.stream().map(t -> List.of(t.unitId, t.role)).toList(), instructions, signDays, handlingDays,
                in.basis == null ? null : List.of(String.valueOf(in.basis.powerItemId), String.valueOf(in.basis.supervisionDuty)));
        // with a basis the dispatch shares its transaction with the basis' (HopBasis): through Hibernate, as the basis
        Uni<DispatchCasePayload> once = in.basis == null
                ? writes.dispatch(a, in, clientKey, fingerprint, read -> read.earlier() != null
                        ? DispatchWrite.Decided.replay(replay(read.locked().caseFile(), read.locked().all(), read.earlier(), fingerprint))
                        : DispatchWrite.Decided.write(plan(read.locked(), in, read.targetUnits(), instructions, signDays, handlingDays)))
                : Panache.withTransaction(() -> CaseLocks.lock(a, in.caseId).chain(l -> earlier(a, clientKey)
                .chain(first -> first != null ? Uni.createFrom().item(() -> replay(l.caseFile(), l.all(), first, fingerprint))
                        : dispatchNew(l, in, instructions, signDays, handlingDays,
                        p -> clientKey == null ? Uni.createFrom().voidItem() : keep(a, clientKey, fingerprint, p)))));
        return clientKey == null ? once : once.onFailure(Idempotency::duplicateKey).recoverWithUni(failure -> Panache.withSession(
                () -> earlier(a, clientKey).chain(first -> {
                    if (first == null) {
                        return Uni.createFrom().failure(failure);
                    }
                    Idempotency.replay(first, first.payloadHash, fingerprint, CLIENT_KEY);
                    return Case.<Case>findById(first.caseId).chain(c -> Dispatch.<Dispatch>list("id in ?1", first.dispatchIds)
                            .map(all -> replay(c, all, first, fingerprint)));
                }))
                // inside a caller's transaction the refusal aborted it: nothing more can be read there
                .onFailure(e -> !(e instanceof IdempotencyKeyReusedException)).transform(e -> failure));
    }

    /** The caller's request with this client key, or null (no key: null). */
    private static Uni<DispatchRequest> earlier(ScopedActor a, String clientKey) {
        return clientKey == null ? Uni.createFrom().nullItem()
                : DispatchRequest.<DispatchRequest>find("bySubject = ?1 and clientKey = ?2", a.actor().subject(), clientKey).firstResult();
    }

    /** The first request's answer: its case and the dispatches it made, as they are now. */
    private static DispatchCasePayload replay(Case c, List<Dispatch> dispatches, DispatchRequest first, String fingerprint) {
        Idempotency.replay(first, first.payloadHash, fingerprint, CLIENT_KEY);
        return new DispatchCasePayload(c, dispatches.stream().filter(d -> first.dispatchIds.contains(d.id))
                .sorted(Comparator.comparing(d -> d.id)).toList());
    }

    /** Keeps the request behind a client key with the dispatches it made, in their transaction. */
    private static Uni<Void> keep(ScopedActor a, String clientKey, String fingerprint, DispatchCasePayload made) {
        DispatchRequest r = new DispatchRequest();
        r.bySubject = a.actor().subject();
        r.clientKey = clientKey;
        r.payloadHash = fingerprint;
        r.caseId = made.caseFile().id;
        r.dispatchIds = made.dispatches().stream().map(d -> d.id).toList();
        r.createdAt = OffsetDateTime.now();
        return r.persistAndFlush().replaceWithVoid();
    }

    private Uni<DispatchCasePayload> dispatchNew(CaseLocks.Locked l, DispatchCaseInput in, String instructions, int signDays,
                                                 int handlingDays, Function<DispatchCasePayload, Uni<Void>> beforeAudit) {
        Set<Long> distinct = new HashSet<>();
        in.targets.forEach(t -> distinct.add(t.unitId));
        return CaseLocks.unitsIn(distinct).chain(units -> {
            Map<Long, TargetUnit> targetUnits = TargetUnit.of(units);
            NewHop hop = plan(l, in, targetUnits, instructions, signDays, handlingDays);
            return persistDispatches(l, hop.before(), hop.created(), targetUnits, beforeAudit);
        });
    }

    /** A unit a dispatch goes to, as the rules and the timeline need it. */
    record TargetUnit(long id, String path, UnitKind kind, String name) {
        static Map<Long, TargetUnit> of(Map<Long, Unit> units) {
            Map<Long, TargetUnit> out = new HashMap<>();
            units.values().forEach(u -> out.put(u.id, new TargetUnit(u.id, u.path, u.kind, u.name)));
            return out;
        }

        /** The note of the dispatch's DISPATCHED step: the unit and its role. */
        String stepNote(DispatchRole role) {
            return name + "（" + (role == DispatchRole.LEAD ? "牵头" : "协同") + "）";
        }
    }

    /** What a new dispatch request makes: the case as it was, and the new dispatches (not yet stored). */
    record NewHop(CaseTrail.CaseSnapshot before, List<Dispatch> created) {
    }

    /**
     * The hop a dispatch request makes on the locked case, once every rule of it holds (else the refusal is thrown):
     * the case seen at the version the caller sent, each target a unit the actor may dispatch to, the parent signed
     * for and open, the hop without a second lead or unit. Moves the case to DISPATCHED on its first hop and sets its
     * time; the dispatches come back unsaved.
     */
    static NewHop plan(CaseLocks.Locked l, DispatchCaseInput in, Map<Long, TargetUnit> targetUnits, String instructions,
                       int signDays, int handlingDays) {
        Case c = l.caseFile();
        l.requireVersion(in.caseVersion);
        Dispatch parent = in.parentDispatchId == null ? null : l.dispatch(in.parentDispatchId);
        for (DispatchTargetInput t : in.targets) {
            TargetUnit u = targetUnits.get(t.unitId);
            if (u == null) {
                throw new ValidationException("input.targets", "承办单位不存在 (no such unit)");
            }
            DispatchPolicy.dispatch(l.actor(), c.areaPath, parent, new DispatchPolicy.Target(u.id(), u.path(), u.kind())).orThrow();
        }
        CaseTrail.CaseSnapshot before = CaseTrail.CaseSnapshot.of(c);
        if (parent != null) {
            HopSettlement.requireOpen(parent);
            if (parent.status != DispatchStatus.SIGNED) {
                throw new ConflictException("派单当前状态为“" + parent.status.label() + "”，须签收后才能转派 (sign for it before passing it on)");
            }
        } else if (c.status != CaseStatus.DISPATCHED && c.status != CaseStatus.IN_PROGRESS) {
            CaseTransitions.check(c.status, CaseStatus.DISPATCHED);
            c.status = CaseStatus.DISPATCHED;
        }
        Long parentId = parent == null ? null : parent.id;
        conflictUnless(DispatchPolicy.hop(in.targets, l.hop(parentId).stream().filter(d -> d.status != DispatchStatus.REFUSED).toList()));
        OffsetDateTime now = OffsetDateTime.now();
        c.updatedAt = now;
        List<Dispatch> created = new ArrayList<>();
        for (DispatchTargetInput t : in.targets) {
            Dispatch d = newDispatch(l, parentId, l.actor().actingUnitId(), t.unitId, t.role, instructions, now);
            d.signDeadline = WorkingDays.plus(now, signDays);
            d.handleDeadline = WorkingDays.plus(now, handlingDays);
            created.add(d);
        }
        return new NewHop(before, created);
    }

    private static Dispatch newDispatch(CaseLocks.Locked l, Long parentId, long fromUnitId, long toUnitId, DispatchRole role,
                                        String instructions, OffsetDateTime now) {
        Dispatch d = new Dispatch();
        d.caseId = l.caseFile().id;
        d.parentDispatchId = parentId;
        d.fromUnitId = fromUnitId;
        d.fromSubject = l.actor().actor().subject();
        d.fromName = l.actor().actor().displayName();
        d.toUnitId = toUnitId;
        d.role = role;
        d.round = l.caseFile().round;
        d.instructions = instructions;
        d.status = DispatchStatus.SENT;
        d.sentAt = now;
        d.replyAttachments = List.of();
        return d;
    }

    /**
     * Saves the case and its new dispatches, writing the timeline, then what {@code beforeAudit} adds (the request
     * behind a client key), then the audit rows of it all in one statement: they come last, since the first of them
     * takes the chain's lock and holds it to the commit (every audited write of the database waits for it).
     */
    private Uni<DispatchCasePayload> persistDispatches(CaseLocks.Locked l, CaseTrail.CaseSnapshot before, List<Dispatch> created,
                                                       Map<Long, TargetUnit> targetUnits,
                                                       Function<DispatchCasePayload, Uni<Void>> beforeAudit) {
        Case c = l.caseFile();
        Uni<Void> chain = c.persist().replaceWithVoid();
        for (Dispatch d : created) {
            chain = chain.chain(() -> d.<Dispatch>persist()).chain(() -> Panache.getSession().chain(s -> s.flush()))
                    .chain(() -> trail.step(l.actor(), c, d, CaseEventKind.DISPATCHED, targetUnits.get(d.toUnitId).stepNote(d.role)));
        }
        return chain.chain(() -> Panache.getSession().chain(s -> s.flush()))
                .map(x -> new DispatchCasePayload(c, created))
                .call(made -> beforeAudit.apply(made))
                .call(() -> {
                    List<AuditLog.Entry> entries = new ArrayList<>();
                    created.forEach(d -> entries.add(new AuditLog.Entry("CASE_DISPATCHED", "Dispatch", d.id, null,
                            CaseTrail.DispatchSnapshot.of(d))));
                    if (c.status != before.status()) {
                        entries.add(new AuditLog.Entry("CASE_STATUS", "Case", c.id, before, CaseTrail.CaseSnapshot.of(c)));
                    }
                    return trail.audit(l.actor(), entries);
                });
    }

    /** A unit a dispute's decision names, with its role for the case. */
    public record DecidedHandler(long unitId, DispatchRole role) {
    }

    /**
     * Dispatches a DISPUTED case as a dispute's decision says (职责争议裁定): a new first hop to the named lead and
     * co-operating units, sent in the name of the unit that dispatched the refused first hop (so that unit rates
     * the work, 谁派单谁评价). Runs inside the caller's transaction; the disputes feature has checked who decides.
     */
    public Uni<DispatchCasePayload> dispatchDecided(ScopedActor a, long caseId, List<DecidedHandler> handlers, String instructions) {
        Set<Long> ids = new HashSet<>();
        handlers.forEach(h -> ids.add(h.unitId()));
        return CaseLocks.lock(a, caseId).chain(l -> CaseLocks.unitsIn(ids).chain(targetUnits -> {
            Case c = l.caseFile();
            CaseTrail.CaseSnapshot before = CaseTrail.CaseSnapshot.of(c);
            CaseTransitions.check(c.status, CaseStatus.DISPATCHED);
            long dispatcher = l.hop(null).stream().map(d -> d.fromUnitId).reduce((x, y) -> y).orElse(a.actingUnitId());
            c.status = CaseStatus.DISPATCHED;
            OffsetDateTime now = OffsetDateTime.now();
            c.updatedAt = now;
            List<Dispatch> created = new ArrayList<>();
            for (DecidedHandler h : handlers) {
                if (!targetUnits.containsKey(h.unitId())) {
                    throw new ValidationException("input.leadUnitId", "承办单位不存在 (no such unit)");
                }
                Dispatch d = newDispatch(l, null, dispatcher, h.unitId(), h.role(), instructions, now);
                d.signDeadline = WorkingDays.plus(now, 1);
                d.handleDeadline = WorkingDays.plus(now, 5);
                created.add(d);
            }
            return persistDispatches(l, before, created, TargetUnit.of(targetUnits), made -> Uni.createFrom().voidItem());
        }));
    }

    // ---- handling: sign, refuse, reply

    @WithTransaction
    public Uni<DispatchPayload> sign(ScopedActor a, SignDispatchInput in) {
        return CaseLocks.lockByDispatch(a, in.dispatchId).chain(l -> {
            Dispatch d = l.dispatch(in.dispatchId);
            CasePolicy.handle(l.actor(), d).orThrow();
            requireStatus(d, DispatchStatus.SENT, "签收");
            CaseTrail.DispatchSnapshot before = CaseTrail.DispatchSnapshot.of(d);
            d.status = DispatchStatus.SIGNED;
            d.signedAt = OffsetDateTime.now();
            d.signedByName = l.actor().actor().displayName();
            Case c = l.caseFile();
            CaseStatus caseTo = c.status == CaseStatus.DISPATCHED ? CaseStatus.IN_PROGRESS : null;
            return handled(l, d, before, CaseEventKind.SIGNED, null, "DISPATCH_SIGNED", caseTo, null);
        });
    }

    @WithTransaction
    public Uni<DispatchPayload> refuse(ScopedActor a, RefuseDispatchInput in) {
        String reason = in.reason;
        return CaseLocks.lockByDispatch(a, in.dispatchId).chain(l -> {
            Dispatch d = l.dispatch(in.dispatchId);
            CasePolicy.handle(l.actor(), d).orThrow();
            requireStatus(d, DispatchStatus.SENT, "退单");
            CaseTrail.DispatchSnapshot before = CaseTrail.DispatchSnapshot.of(d);
            d.status = DispatchStatus.REFUSED;
            d.refusedAt = OffsetDateTime.now();
            d.refusalReason = reason;
            // when every candidate of the first hop has refused, nobody owns the case: a dispute (职责争议)
            boolean allRefused = d.parentDispatchId == null && l.hop(null).stream().allMatch(x -> x.status == DispatchStatus.REFUSED);
            CaseStatus caseTo = allRefused ? CaseStatus.DISPUTED : null;
            if (allRefused) {
                l.caseFile().everDisputed = true;
            }
            return handled(l, d, before, CaseEventKind.REFUSED, reason, "DISPATCH_REFUSED", caseTo, CaseEventKind.DISPUTED)
                    .call(p -> allRefused ? disputes.disputed(l.actor(), p.caseFile()) : Uni.createFrom().voidItem());
        });
    }

    @WithTransaction
    public Uni<DispatchPayload> reply(ScopedActor a, ReplyDispatchInput in) {
        String text = in.text;
        List<String> attachments = in.attachments == null ? List.of() : in.attachments;
        return photos.requireOwnInTransaction(a.actor().subject(), attachments).chain(() -> CaseLocks.lockByDispatch(a, in.dispatchId)).chain(l -> {
            Dispatch d = l.dispatch(in.dispatchId);
            CasePolicy.handle(l.actor(), d).orThrow();
            requireStatus(d, DispatchStatus.SIGNED, "办结反馈");
            // 闭环: the hops this one passed on are settled first, or closed with the replying unit's reasons
            List<HopSettlement.Closing> closings = HopSettlement.closings(HopSettlement.below(l.all(), d.id), in.hopReasons);
            CaseTrail.DispatchSnapshot before = CaseTrail.DispatchSnapshot.of(d);
            d.status = DispatchStatus.REPLIED;
            d.repliedAt = OffsetDateTime.now();
            d.replyText = text;
            d.replyAttachments = attachments;
            d.repliedByName = l.actor().actor().displayName();
            // the case is done when every live first-hop dispatch has been replied to
            boolean done = d.parentDispatchId == null && l.hop(null).stream()
                    .filter(x -> x.status != DispatchStatus.REFUSED)
                    .allMatch(x -> x.status == DispatchStatus.REPLIED || x.status == DispatchStatus.RATED);
            CaseStatus caseTo = done && l.caseFile().status != CaseStatus.COMPLETED ? CaseStatus.COMPLETED : null;
            return HopSettlement.close(trail, l.actor(), l.caseFile(), closings)
                    .chain(() -> handled(l, d, before, CaseEventKind.REPLIED, null, "DISPATCH_REPLIED", caseTo, CaseEventKind.COMPLETED));
        });
    }

    private static void conflictUnless(Decision decision) {
        if (!decision.allowed()) {
            throw new ConflictException(decision.reason());
        }
    }

    private static void requireStatus(Dispatch d, DispatchStatus expected, String action) {
        HopSettlement.requireOpen(d);
        if (d.status != expected) {
            throw new ConflictException("派单当前状态为“" + d.status.label() + "”，不能" + action + " (the dispatch is " + d.status + ")");
        }
    }

    /** Saves a handled dispatch, moves the case when {@code caseTo} is given, and records both. */
    private Uni<DispatchPayload> handled(CaseLocks.Locked l, Dispatch d, CaseTrail.DispatchSnapshot before, CaseEventKind kind, String note,
                                                  String action, CaseStatus caseTo, CaseEventKind caseEvent) {
        Case c = l.caseFile();
        CaseTrail.CaseSnapshot caseBefore = CaseTrail.CaseSnapshot.of(c);
        if (caseTo != null) {
            CaseTransitions.check(c.status, caseTo);
            c.status = caseTo;
        }
        c.updatedAt = OffsetDateTime.now();
        return d.<Dispatch>persist().chain(() -> c.<Case>persistAndFlush())
                .chain(() -> trail.step(l.actor(), c, d, kind, note))
                .chain(() -> trail.audit(l.actor(), action, "Dispatch", d.id, before, CaseTrail.DispatchSnapshot.of(d)))
                // the case's own step only when it says something the dispatch's step does not (签收 is said once)
                .chain(() -> caseTo == null || caseEvent == null ? Uni.createFrom().voidItem()
                        : trail.step(l.actor(), c, null, caseEvent, null))
                .chain(() -> caseTo == null ? Uni.createFrom().voidItem() : trail.caseMoved(l.actor(), "CASE_STATUS", c, caseBefore))
                .map(x -> new DispatchPayload(d, c));
    }

    // ---- reminders

    @WithTransaction
    public Uni<Reminder> remind(ScopedActor a, RemindDispatchInput in) {
        String message = in.message;
        return CaseLocks.lockByDispatch(a, in.dispatchId).chain(l -> {
            Dispatch d = l.dispatch(in.dispatchId);
            CasePolicy.remind(l.actor(), l.caseFile().areaPath, d).orThrow();
            HopSettlement.requireOpen(d);
            CaseStatus caseStatus = l.caseFile().status;
            if (caseStatus == CaseStatus.CLOSED || caseStatus == CaseStatus.CANCELLED) {
                throw new ConflictException("事件当前状态为「" + CaseTransitions.label(caseStatus) + "」，无需催办 (the case is " + caseStatus + ")");
            }
            if (d.status != DispatchStatus.SENT && d.status != DispatchStatus.SIGNED) {
                throw new ConflictException("派单当前状态为“" + d.status.label() + "”，无需催办 (only an open dispatch is reminded)");
            }
            Reminder r = new Reminder();
            r.dispatchId = d.id;
            r.caseId = d.caseId;
            r.fromUnitId = l.actor().actingUnitId();
            r.bySubject = l.actor().actor().subject();
            r.byName = l.actor().actor().displayName();
            r.message = message;
            r.createdAt = OffsetDateTime.now();
            return r.<Reminder>persistAndFlush()
                    .call(saved -> trail.step(l.actor(), l.caseFile(), d, CaseEventKind.REMINDED, message))
                    .call(saved -> trail.audit(l.actor(), "DISPATCH_REMINDED", "Reminder", saved.id, null, message));
        });
    }
}
