package cn.lvzhi.cases;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The trail every change of a case leaves, in the transaction of the change: a step on the case's timeline
 * (事件轨迹, {@link CaseEvent}) and a row of the audit trail with what the case or dispatch was before and after.
 */
@ApplicationScoped
public class CaseTrail {
    private final AuditLog audit;
    private final Instance<CaseStepListener> listeners;

    public CaseTrail(AuditLog audit, Instance<CaseStepListener> listeners) {
        this.audit = audit;
        this.listeners = listeners;
    }

    /** What the audit trail keeps of a case. */
    record CaseSnapshot(String code, CaseStatus status, String title, Long categoryItemId, String categoryText,
                        Long originUnitId, Long areaUnitId, CasePriority priority, boolean hasUnsatisfied) {
        static CaseSnapshot of(Case c) {
            return new CaseSnapshot(c.code, c.status, c.title, c.categoryItemId, c.categoryText, c.originUnitId,
                    c.areaUnitId, c.priority, c.hasUnsatisfied);
        }
    }

    /** What the audit trail keeps of a dispatch. */
    record DispatchSnapshot(Long caseId, Long parentDispatchId, Long fromUnitId, Long toUnitId, DispatchRole role,
                            DispatchStatus status, OffsetDateTime signDeadline, OffsetDateTime handleDeadline,
                            String refusalReason, String replyText, boolean overdue, String closeReason) {
        static DispatchSnapshot of(Dispatch d) {
            return new DispatchSnapshot(d.caseId, d.parentDispatchId, d.fromUnitId, d.toUnitId, d.role, d.status,
                    d.signDeadline, d.handleDeadline, d.refusalReason, d.replyText, d.overdue, d.closeReason);
        }
    }

    /** A step on the case's timeline, of the dispatch {@code d} (as visible as it) or of the case itself (null). */
    Uni<Void> step(ScopedActor a, Case c, Dispatch d, CaseEventKind kind, String note) {
        CaseEvent e = new CaseEvent();
        e.caseId = c.id;
        e.dispatchId = d == null ? null : d.id;
        e.kind = kind;
        e.actorName = a.actor().displayName();
        e.actorUnitId = a.actingUnitId();
        e.note = note;
        e.occurredAt = OffsetDateTime.now();
        return record(e);
    }

    /** Persists a step of any actor (a person or a scheduled job) and lets every {@link CaseStepListener} hear it. */
    public Uni<Void> record(CaseEvent e) {
        return e.persist().chain(() -> Multi.createFrom().iterable(listeners)
                .onItem().transformToUniAndConcatenate(l -> l.stepped(e))
                .collect().last()).replaceWithVoid();
    }

    /** A row of the audit trail. */
    Uni<Void> audit(ScopedActor a, String action, String entityType, Object entityId, Object before, Object after) {
        return audit.record(a.actor(), action, entityType, entityId, before, after);
    }

    /** Rows of the audit trail, in one statement (the chain's lock taken once, by the first). */
    Uni<Void> audit(ScopedActor a, List<AuditLog.Entry> entries) {
        return audit.record(a.actor(), entries);
    }

    /** The audit row of a case whose state moved from {@code before}. */
    Uni<Void> caseMoved(ScopedActor a, String action, Case c, CaseSnapshot before) {
        return audit(a, action, "Case", c.id, before, CaseSnapshot.of(c));
    }
}
