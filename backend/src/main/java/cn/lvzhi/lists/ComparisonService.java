package cn.lvzhi.lists;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import cn.lvzhi.org.UnitScopes;
import cn.lvzhi.security.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Runs and stores cross-level comparisons (上下联动比对); reads the stored reports within the actor's scope. */
@ApplicationScoped
public class ComparisonService {
    static final String NOT_FOUND = "比对报告不存在 (comparison not found)";

    private final UnitScopes scopes;
    private final UnitReads units;
    private final AuditLog audit;
    private final ReadSessions reads;

    public ComparisonService(UnitScopes scopes, UnitReads units, AuditLog audit, ReadSessions reads) {
        this.scopes = scopes;
        this.units = units;
        this.audit = audit;
        this.reads = reads;
    }

    /** What the audit trail keeps of a run. */
    record RunSnapshot(Long subjectUnitId, Long referenceUnitId, int differences) {
    }

    @WithTransaction
    public Uni<ListComparison> run(Actor actor, RunComparisonInput input) {
        if (input.subjectUnitId.equals(input.referenceUnitId)) {
            throw new ValidationException("input.referenceUnitId", "比对双方不能是同一单位 (compare two different units)");
        }
        return units.byIds(List.of(input.subjectUnitId, input.referenceUnitId)).chain(found -> {
            Unit subject = found.get(input.subjectUnitId);
            Unit reference = found.get(input.referenceUnitId);
            if (subject == null) {
                throw new ValidationException("input.subjectUnitId", "单位不存在 (unit not found)");
            }
            if (reference == null) {
                throw new ValidationException("input.referenceUnitId", "单位不存在 (unit not found)");
            }
            return scopes.of(actor).invoke(scope -> ListPolicy.runComparison(actor, scope, subject.path).orThrow())
                    .chain(() -> publishedPower(subject.id)).chain(own -> publishedPower(reference.id).chain(city -> {
                        var findings = CrossLevelComparison.compare(own, subject.level, city, reference.level);
                        ListComparison report = new ListComparison();
                        report.subjectUnitId = subject.id;
                        report.referenceUnitId = reference.id;
                        report.runAt = OffsetDateTime.now();
                        report.runBy = actor.displayName();
                        report.subjectItems = own.size();
                        report.referenceItems = city.size();
                        return report.<ListComparison>persistAndFlush().chain(saved -> {
                            List<ListComparisonRow> rows = new java.util.ArrayList<>();
                            for (int i = 0; i < findings.size(); i++) {
                                var f = findings.get(i);
                                ListComparisonRow row = new ListComparisonRow();
                                row.comparisonId = saved.id;
                                row.seq = i + 1;
                                row.difference = f.difference();
                                row.catalogueCode = f.catalogueCode();
                                row.itemName = f.itemName();
                                row.subjectItemId = f.subject() == null ? null : f.subject().id;
                                row.referenceItemId = f.reference() == null ? null : f.reference().id;
                                row.subjectValue = f.subjectValue();
                                row.referenceValue = f.referenceValue();
                                rows.add(row);
                            }
                            return ListComparisonRow.persist(rows).replaceWith(saved)
                                    .call(r -> audit.record(actor, "LIST_COMPARISON_RUN", "ListComparison", r.id, null,
                                            new RunSnapshot(r.subjectUnitId, r.referenceUnitId, rows.size())));
                        });
                    }));
        });
    }

    private static Uni<List<ListItem>> publishedPower(long unitId) {
        return ListItem.list("kind = ?1 and status = ?2 and unitId = ?3 order by code",
                ListKind.POWER, ItemStatus.PUBLISHED, unitId);
    }

    /** A stored report, NOT_FOUND unless the actor may see reports about its unit. */
    public Uni<ListComparison> byId(Actor actor, long id) {
        return reads.read(s -> s.get(ListComparison.class, id)).chain(report -> {
            if (report == null) {
                throw new NotFoundException(NOT_FOUND);
            }
            return visible(actor, List.of(report)).map(list -> {
                if (list.isEmpty()) {
                    throw new NotFoundException(NOT_FOUND);
                }
                return report;
            });
        });
    }

    /** The newest reports the actor may see. */
    public Uni<List<ListComparison>> recent(Actor actor, Integer first) {
        int size = Paging.pageSize(first);
        // reports are few (twice a year per department): scope the newest 500 in memory
        return reads.read(s -> s.createSelectionQuery("from ListComparison c order by c.id desc", ListComparison.class)
                        .setMaxResults(500).getResultList())
                .chain(all -> visible(actor, all)).map(list -> list.stream().limit(size).toList());
    }

    private Uni<List<ListComparison>> visible(Actor actor, List<ListComparison> reports) {
        return scopes.of(actor).chain(scope -> scopes.pathsOf(reports.stream().map(r -> r.subjectUnitId).distinct().toList())
                .map(paths -> reports.stream().filter(r -> ListPolicy.seesDraft(actor, scope, paths.get(r.subjectUnitId))).toList()));
    }

    public Uni<Map<Long, List<ListComparisonRow>>> rows(List<Long> comparisonIds) {
        return reads.read(s -> s.createSelectionQuery(
                        "from ListComparisonRow r where r.comparisonId in :ids order by r.comparisonId, r.seq", ListComparisonRow.class)
                        .setParameter("ids", comparisonIds).getResultList())
                .map(rows -> {
                    Map<Long, List<ListComparisonRow>> byReport = new java.util.HashMap<>();
                    rows.forEach(r -> byReport.computeIfAbsent(r.comparisonId, k -> new java.util.ArrayList<>()).add(r));
                    return byReport;
                });
    }
}
