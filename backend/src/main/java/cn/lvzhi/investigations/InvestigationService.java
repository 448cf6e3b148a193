package cn.lvzhi.investigations;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Investigations (责任倒查) of UNSATISFIED ratings by the discipline office and the organisation department: open,
 * record findings, conclude. Every change locks its row and writes the audit trail in the same transaction.
 */
@ApplicationScoped
public class InvestigationService {
    static final int MAX_LINKED = 20;

    private final InvestigationReads reads;
    private final CaseReads cases;
    private final AuditLog audit;

    public InvestigationService(InvestigationReads reads, CaseReads cases, AuditLog audit) {
        this.reads = reads;
        this.cases = cases;
        this.audit = audit;
    }

    /** What the audit trail keeps of an investigation. */
    record InvestigationSnapshot(Long ratingId, Long caseId, Long ratedUnitId, String subject, InvestigationStatus status,
                                 InvestigationConclusion conclusion, String conclusionText, List<String> linkedUnits,
                                 List<String> linkedPeople) {
        static InvestigationSnapshot of(Investigation i) {
            return new InvestigationSnapshot(i.ratingId, i.caseId, i.ratedUnitId, i.subject, i.status, i.conclusion,
                    i.conclusionText, i.linkedUnits, i.linkedPeople);
        }
    }

    public Uni<Investigation> open(ScopedActor a, OpenInvestigationInput in) {
        InvestigationPolicy.investigate(a).orThrow();
        String subject = in.subject;
        return cases.visibleRating(a, in.ratingId).chain(rating -> cases.byId(a, rating.caseId).chain(c -> Panache.withTransaction(() ->
                Investigation.count("ratingId", rating.id).chain(n -> {
                    conflictUnless(InvestigationPolicy.openable(rating.level, n > 0));
                    Investigation i = new Investigation();
                    i.ratingId = rating.id;
                    i.caseId = rating.caseId;
                    i.areaPath = c.areaPath;
                    i.ratedUnitId = rating.ratedUnitId;
                    i.openerUnitId = a.unitId();
                    i.openerName = a.actor().displayName();
                    i.subject = subject;
                    i.status = InvestigationStatus.OPEN;
                    i.linkedUnits = List.of();
                    i.linkedPeople = List.of();
                    i.openedAt = OffsetDateTime.now();
                    return i.<Investigation>persistAndFlush();
                }).call(i -> audit.record(a.actor(), "INVESTIGATION_OPENED", "Investigation", i.id, null, InvestigationSnapshot.of(i))))));
    }

    public Uni<Investigation> recordFinding(ScopedActor a, RecordInvestigationFindingInput in) {
        String text = in.text;
        return reads.byId(a, in.investigationId).chain(seen -> Panache.withTransaction(() -> locked(seen.id).chain(i -> {
            InvestigationFinding f = new InvestigationFinding();
            f.investigationId = i.id;
            f.text = text;
            f.byName = a.actor().displayName();
            f.byUnitId = a.unitId();
            f.recordedAt = OffsetDateTime.now();
            return f.<InvestigationFinding>persistAndFlush()
                    .call(saved -> audit.record(a.actor(), "INVESTIGATION_FINDING", "Investigation", i.id, null, text))
                    .replaceWith(i);
        })));
    }

    public Uni<Investigation> conclude(ScopedActor a, ConcludeInvestigationInput in) {
        String text = in.text;
        List<String> units = distinct(in.linkedUnits);
        List<String> people = distinct(in.linkedPeople);
        return reads.byId(a, in.investigationId).chain(seen -> Panache.withTransaction(() -> locked(seen.id).chain(i -> {
            if (i.version != in.version) {
                throw new ConflictException("责任倒查已被他人更新（当前版本 " + i.version + "），请刷新后重试 (stale version)");
            }
            InvestigationSnapshot before = InvestigationSnapshot.of(i);
            i.status = InvestigationStatus.CONCLUDED;
            i.conclusion = in.conclusion;
            i.conclusionText = text;
            i.linkedUnits = units;
            i.linkedPeople = people;
            i.concludedAt = OffsetDateTime.now();
            i.concludedByName = a.actor().displayName();
            return i.<Investigation>persistAndFlush()
                    .call(saved -> audit.record(a.actor(), "INVESTIGATION_CONCLUDED", "Investigation", saved.id, before,
                            InvestigationSnapshot.of(saved)));
        })));
    }

    /** The investigation under a row lock, still open (CONFLICT once concluded). */
    private static Uni<Investigation> locked(long id) {
        return Investigation.<Investigation>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .invoke(i -> conflictUnless(InvestigationPolicy.changeable(i.status)));
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    private static void conflictUnless(Decision decision) {
        if (!decision.allowed()) {
            throw new ConflictException(decision.reason());
        }
    }
}
