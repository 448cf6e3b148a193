package cn.lvzhi.cases.escalation;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.cases.CaseEvent;
import cn.lvzhi.cases.CaseEventKind;
import cn.lvzhi.cases.CaseStatus;
import cn.lvzhi.cases.CaseTrail;
import cn.lvzhi.cases.DispatchStatus;
import cn.lvzhi.cases.JobLocks;
import cn.lvzhi.cases.Reminder;
import cn.lvzhi.notifications.NotificationKind;
import cn.lvzhi.notifications.NotificationService;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Automatic escalation (自动催督办) of open hops under their district's and category's {@link EscalationRule}: the
 * 临期提醒 to the handler, the system's 催办 at the deadline and the 督办 to the level above the dispatcher
 * ({@link EscalationLadder}), each a timeline step through {@link CaseTrail#record} and an audit row. Closed and
 * cancelled cases, closed hops and hops dispatched before the rules came into force are left alone. A run holds the
 * job's advisory lock ({@link JobLocks}), so across replicas one runs at a time, and each step is a
 * {@link CaseEscalation} row, unique per hop, clock and level in the database.
 */
@ApplicationScoped
public class EscalationJob {
    /** The system as it appears in the timeline (系统) and the audit trail. */
    static final Actor SYSTEM = new Actor("system:escalation", "escalation-job", "系统", true, 0L, null, Set.of());
    private static final int BATCH = 500;
    /** Far enough ahead for the longest warning (240 working hours) across the longest holiday. */
    private static final int HORIZON_DAYS = 45;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final AuditLog audit;
    private final CaseTrail trail;
    private final NotificationService notifications;

    public EscalationJob(AuditLog audit, CaseTrail trail, NotificationService notifications) {
        this.audit = audit;
        this.trail = trail;
        this.notifications = notifications;
    }

    /** The rules and districts of one run. */
    private record Context(EscalationRules rules, OffsetDateTime now) {
    }

    /**
     * What a run reads of an open hop and its case: values, not entities. A run reads every open hop, and entities
     * would all stay in the run's session, where every later query's flush check walked all of them (over ~32,000
     * open hops a run took 16.5 s of CPU, nearly all of it in those checks).
     */
    private record Hop(long id, long fromUnitId, DispatchStatus status, OffsetDateTime sentAt, OffsetDateTime signedAt,
                       OffsetDateTime signDeadline, OffsetDateTime handleDeadline, long caseId, String caseCode,
                       String areaPath, Long categoryItemId, String categoryText) {
        static Hop of(Object[] r) {
            return new Hop((Long) r[0], (Long) r[1], (DispatchStatus) r[2], (OffsetDateTime) r[3], (OffsetDateTime) r[4],
                    (OffsetDateTime) r[5], (OffsetDateTime) r[6], (Long) r[7], (String) r[8], (String) r[9], (Long) r[10],
                    (String) r[11]);
        }
    }

    /** A hop due for a step. */
    private record Due(Hop hop, EscalationClock clock, OffsetDateTime deadline, EscalationRule rule, EscalationLevel level) {
    }

    /**
     * Takes every step due at {@code now}; returns how many were taken (0 when another replica is running). Tests pass
     * the clock; the schedule passes the time of day.
     */
    @WithTransaction
    public Uni<Integer> escalate(OffsetDateTime now) {
        return JobLocks.tryLock("escalation").chain(locked -> !locked ? Uni.createFrom().item(0)
                : EscalationRules.load().chain(rules -> batches(new Context(rules, now), 0L)));
    }

    private Uni<Integer> batches(Context ctx, long after) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("""
                        select d.id, d.fromUnitId, d.status, d.sentAt, d.signedAt, d.signDeadline, d.handleDeadline,
                               c.id, c.code, c.areaPath, c.categoryItemId, c.categoryText
                          from Dispatch d, CaseFile c where c.id = d.caseId and d.id > :after and d.closedAt is null
                           and c.status not in (:finished) and d.sentAt >= :since
                           and ((d.status = :sent and d.signDeadline <= :horizon) or (d.status = :signed and d.handleDeadline <= :horizon))
                         order by d.id""", Object[].class)
                        .setParameter("after", after)
                        .setParameter("finished", List.of(CaseStatus.CLOSED, CaseStatus.CANCELLED))
                        .setParameter("since", ctx.rules().inForceSince())
                        .setParameter("sent", DispatchStatus.SENT).setParameter("signed", DispatchStatus.SIGNED)
                        .setParameter("horizon", ctx.now().plusDays(HORIZON_DAYS))
                        .setMaxResults(BATCH).getResultList())
                .map(rows -> rows.stream().map(Hop::of).toList())
                .chain(hops -> {
                    if (hops.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    long last = hops.get(hops.size() - 1).id();
                    // a step written, the session lets go of its rows: each statement of the run flushes the session
                    // first (the audit row's, a native one, checks every entity in it), and a batch's steps piled up
                    // there made that check walk all of them, step after step
                    return dueSteps(ctx, hops).chain(due -> Multi.createFrom().iterable(due)
                                    .onItem().transformToUniAndConcatenate(d -> take(d).call(EscalationJob::letGo)
                                            .replaceWith(d)) // counted as the step itself: a Uni<Void> emits no item
                                    .collect().asList().map(List::size))
                            .chain(n -> hops.size() < BATCH ? Uni.createFrom().item(n) : batches(ctx, last).map(more -> n + more));
                });
    }

    /** Writes what the session holds and forgets it. */
    private static Uni<Void> letGo() {
        return Panache.getSession().chain(s -> s.flush().invoke(s::clear));
    }

    private Uni<List<Due>> dueSteps(Context ctx, List<Hop> hops) {
        List<Long> ids = hops.stream().map(Hop::id).toList();
        // the steps already taken, as values too
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "select e.dispatchId, e.clock, e.level from CaseEscalation e where e.dispatchId in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()).map(taken -> {
            Map<Long, Set<String>> done = new HashMap<>();
            taken.forEach(t -> done.computeIfAbsent((Long) t[0], k -> new HashSet<>()).add(t[1] + "/" + t[2]));
            List<Due> due = new ArrayList<>();
            for (Hop h : hops) {
                boolean unsigned = h.status() == DispatchStatus.SENT;
                EscalationClock clock = unsigned ? EscalationClock.SIGN : EscalationClock.HANDLE;
                OffsetDateTime started = unsigned || h.signedAt() == null ? h.sentAt() : h.signedAt();
                OffsetDateTime deadline = unsigned ? h.signDeadline() : h.handleDeadline();
                EscalationRule rule = ctx.rules().forCase(h.areaPath(), h.categoryItemId(), h.categoryText());
                for (EscalationLevel level : EscalationTiming.due(rule.settings(), started, deadline, ctx.now())) {
                    if (!done.getOrDefault(h.id(), Set.of()).contains(clock + "/" + level)) {
                        due.add(new Due(h, clock, deadline, rule, level));
                    }
                }
            }
            return due;
        });
    }

    private Uni<Void> take(Due due) {
        Uni<Unit> recipient = due.level() == EscalationLevel.ESCALATED ? superiorOf(due.hop().fromUnitId()) : Uni.createFrom().nullItem();
        return recipient.chain(above -> {
            OffsetDateTime now = OffsetDateTime.now();
            CaseEvent e = new CaseEvent();
            e.caseId = due.hop().caseId();
            e.dispatchId = due.hop().id();
            e.kind = switch (due.level()) {
                case WARNED -> CaseEventKind.DEADLINE_WARNED;
                case REMINDED -> CaseEventKind.REMINDED;
                case ESCALATED -> CaseEventKind.ESCALATED;
            };
            e.actorName = SYSTEM.displayName();
            e.note = note(due, above);
            e.occurredAt = now;
            CaseEscalation step = new CaseEscalation();
            step.dispatchId = due.hop().id();
            step.caseId = due.hop().caseId();
            step.clock = due.clock();
            step.level = due.level();
            step.deadline = due.deadline();
            step.ruleId = due.rule().id;
            step.recipientUnitId = above == null ? null : above.id;
            step.occurredAt = now;
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("level", due.level());
            after.put("clock", due.clock());
            after.put("deadline", due.deadline());
            after.put("ruleId", due.rule().id);
            after.put("recipientUnitId", step.recipientUnitId);
            return trail.record(e)
                    .chain(() -> {
                        step.eventId = e.id;
                        return step.persist();
                    })
                    .chain(() -> due.level() == EscalationLevel.REMINDED ? reminder(due, e.note, now) : Uni.createFrom().voidItem())
                    .chain(() -> above == null ? Uni.createFrom().voidItem() : notifications.send(new NotificationService.Message(
                            above.id, NotificationKind.CASE_ESCALATED.name(), "督办：事件 " + due.hop().caseCode() + " " + e.note, "Case",
                            due.hop().caseId(), "/cases/" + due.hop().caseId())))
                    .chain(() -> audit.record(SYSTEM, "DISPATCH_" + due.level().name(), "Dispatch", due.hop().id(), null, after));
        });
    }

    /** The system's 催办 is kept with the people's, on behalf of the unit that dispatched the hop. */
    private Uni<Void> reminder(Due due, String message, OffsetDateTime now) {
        Reminder r = new Reminder();
        r.dispatchId = due.hop().id();
        r.caseId = due.hop().caseId();
        r.fromUnitId = due.hop().fromUnitId();
        r.bySubject = SYSTEM.subject();
        r.byName = SYSTEM.displayName();
        r.message = message;
        r.createdAt = now;
        return r.persist().replaceWithVoid();
    }

    static String note(Due due, Unit above) {
        String deadline = MINUTE.format(due.deadline());
        return switch (due.level()) {
            case WARNED -> "临期提醒：" + due.clock().label() + "为 " + deadline + "，请抓紧办理";
            case REMINDED -> "已到" + due.clock().label() + "（" + deadline + "），系统自动催办";
            case ESCALATED -> "超过" + due.clock().label() + " " + due.rule().escalateAfterDays + " 个工作日，已督办至"
                    + (above == null ? "上级" : above.name);
        };
    }

    /** The level above the dispatcher ({@link EscalationLadder}); null when there is none. */
    private static Uni<Unit> superiorOf(long dispatcherId) {
        return Unit.<Unit>findById(dispatcherId).chain(from -> {
            if (from == null || from.parentId == null) {
                return Uni.createFrom().nullItem();
            }
            if (EscalationLadder.above(from.kind) == EscalationLadder.Above.PARENT) {
                return Unit.findById(from.parentId);
            }
            return Unit.<Unit>findById(from.parentId).chain(township -> township == null || township.parentId == null
                    ? Uni.createFrom().<Unit>nullItem()
                    : Unit.<Unit>find("kind = ?1 and parentId = ?2", UnitKind.COMMAND_CENTRE, township.parentId).firstResult());
        });
    }
}
