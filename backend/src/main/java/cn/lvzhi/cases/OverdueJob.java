package cn.lvzhi.cases;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.cases.escalation.EscalationJob;
import cn.lvzhi.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Flags overdue dispatches (超期): an unsigned dispatch past its sign-for deadline, or a signed one past its
 * handling deadline. Runs on a schedule, once per period across replicas, then lets {@link EscalationJob} take the
 * escalation steps due; {@link #flag} takes the clock so tests can run it at any moment, and holds the job's advisory
 * lock so two runs never flag at once.
 */
@ApplicationScoped
public class OverdueJob {
    /** The scheduler acts as this system actor in the timeline and the audit trail. */
    static final Actor SYSTEM = new Actor("system:overdue-job", "overdue-job", "超期检查", true, 0L, null, Set.of());
    private static final int BATCH = 500;

    private final AuditLog audit;
    private final CaseTrail trail;
    private final EscalationJob escalation;
    private final JobPeriods periods;
    private final String every;

    public OverdueJob(AuditLog audit, CaseTrail trail, EscalationJob escalation, JobPeriods periods,
                      @ConfigProperty(name = "lvzhi.cases.overdue-every", defaultValue = "10m") String every) {
        this.audit = audit;
        this.trail = trail;
        this.escalation = escalation;
        this.periods = periods;
        this.every = every;
    }

    /** Once per period across replicas ({@link JobPeriods}): the replica that claims the period flags, then escalates. */
    @Scheduled(every = "${lvzhi.cases.overdue-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        OffsetDateTime now = OffsetDateTime.now();
        return periods.claim("overdue", every, now).chain(claimed -> !claimed ? Uni.createFrom().voidItem()
                : flag(now).chain(() -> escalation.escalate(now)).replaceWithVoid());
    }

    /**
     * Flags the open dispatches whose clock ran out before {@code now}; returns how many were flagged (0 when another
     * replica is flagging).
     */
    @WithTransaction
    public Uni<Integer> flag(OffsetDateTime now) {
        return JobLocks.tryLock("overdue").chain(locked -> locked ? batches(now) : Uni.createFrom().item(0));
    }

    private Uni<Integer> batches(OffsetDateTime now) {
        return Dispatch.<Dispatch>find("""
                        overdue = false and closedAt is null and ((status = ?1 and signDeadline < ?3) or (status = ?2 and handleDeadline < ?3))
                        order by id""", DispatchStatus.SENT, DispatchStatus.SIGNED, now)
                .page(0, BATCH).list()
                .chain(due -> Multi.createFrom().iterable(due).onItem().transformToUniAndConcatenate(d -> {
                    d.overdue = true;
                    CaseEvent e = new CaseEvent();
                    e.caseId = d.caseId;
                    e.dispatchId = d.id;
                    e.kind = CaseEventKind.OVERDUE;
                    e.actorName = SYSTEM.displayName();
                    e.note = d.status == DispatchStatus.SENT ? "超过签收时限" : "超过办理时限";
                    e.occurredAt = now;
                    return d.persist().chain(() -> trail.record(e))
                            .chain(() -> audit.record(SYSTEM, "DISPATCH_OVERDUE", "Dispatch", d.id, null, e.note))
                            .replaceWith(d.id);
                }).collect().asList().map(List::size))
                .call(() -> Panache.getSession().chain(s -> s.flush()))
                // a full batch may leave more behind: go on until a batch comes back short
                .chain(n -> n < BATCH ? Uni.createFrom().item(n) : batches(now).map(more -> n + more));
    }
}
