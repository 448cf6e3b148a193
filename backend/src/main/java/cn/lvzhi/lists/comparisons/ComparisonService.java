package cn.lvzhi.lists.comparisons;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ListPolicy;
import cn.lvzhi.lists.ListReads;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Runs and stores comparisons: cross-level (上下联动比对) and two-list fusion (两单融合); reads the stored reports within
 * the actor's scope.
 */
@ApplicationScoped
public class ComparisonService {
    static final String NOT_FOUND = "比对报告不存在 (comparison not found)";

    private final UnitReads units;
    private final AuditLog audit;
    private final ReadSessions reads;
    private final ListReads lists;

    public ComparisonService(UnitReads units, AuditLog audit, ReadSessions reads, ListReads lists) {
        this.lists = lists;
        this.units = units;
        this.audit = audit;
        this.reads = reads;
    }

    /** What the audit trail keeps of a run. */
    record RunSnapshot(ComparisonKind kind, Long subjectUnitId, Long referenceUnitId, int differences) {
    }

    @WithTransaction
    public Uni<ListComparison> run(ScopedActor actor, RunComparisonInput input) {
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
            ListPolicy.runComparison(actor, subject.path).orThrow();
            return lists.publishedPower(subject.id).chain(own -> lists.publishedPower(reference.id).chain(city -> {
                        var findings = CrossLevelComparison.compare(own, subject.level, city, reference.level);
                        ListComparison report = newReport(actor, ComparisonKind.CROSS_LEVEL, subject.id, own.size(), city.size());
                        report.referenceUnitId = reference.id;
                        List<ListComparisonRow> rows = findings.stream().map(f -> row(f.difference(), f.catalogueCode(),
                                f.itemName(), f.subject() == null ? null : f.subject().id, f.reference() == null ? null : f.reference().id,
                                null, f.subjectValue(), f.referenceValue())).toList();
                        return store(actor, report, rows);
                    }));
        });
    }

    /**
     * Fuses the service items (政务服务事项) with the published power items of a department, or of every unit of a
     * region when the unit is a region government, and stores the report.
     */
    @WithTransaction
    public Uni<ListComparison> runFusion(ScopedActor actor, RunFusionInput input) {
        return units.byIds(List.of(input.unitId)).chain(found -> {
            Unit subject = found.get(input.unitId);
            if (subject == null) {
                throw new ValidationException("input.unitId", "单位不存在 (unit not found)");
            }
            ListPolicy.runFusion(actor, subject.kind, subject.path).orThrow();
            return servicesUnder(subject.path).chain(services -> lists.publishedPowerUnder(subject.path).chain(powers -> {
                        var findings = ListFusion.compare(services, powers);
                        ListComparison report = newReport(actor, ComparisonKind.FUSION, subject.id, services.size(), powers.size());
                        List<ListComparisonRow> rows = findings.stream().map(f -> row(f.difference(), f.key(), f.itemName(),
                                null, f.power() == null ? null : f.power().id, f.service() == null ? null : f.service().id,
                                f.subjectValue(), f.referenceValue())).toList();
                        return store(actor, report, rows);
                    }));
        });
    }

    private static ListComparison newReport(ScopedActor actor, ComparisonKind kind, long subjectUnitId, int subjectItems, int referenceItems) {
        ListComparison report = new ListComparison();
        report.kind = kind;
        report.subjectUnitId = subjectUnitId;
        report.runAt = OffsetDateTime.now();
        report.runBy = actor.actor().displayName();
        report.subjectItems = subjectItems;
        report.referenceItems = referenceItems;
        return report;
    }

    private static ListComparisonRow row(ComparisonDifference difference, String key, String itemName, Long subjectItemId,
                                         Long referenceItemId, Long serviceItemId, String subjectValue, String referenceValue) {
        ListComparisonRow row = new ListComparisonRow();
        row.difference = difference;
        row.catalogueCode = key;
        row.itemName = itemName;
        row.subjectItemId = subjectItemId;
        row.referenceItemId = referenceItemId;
        row.serviceItemId = serviceItemId;
        row.subjectValue = subjectValue;
        row.referenceValue = referenceValue;
        return row;
    }

    /** Persists a report and its rows (numbered in order) and records the run in the audit trail. */
    private Uni<ListComparison> store(ScopedActor actor, ListComparison report, List<ListComparisonRow> rows) {
        return report.<ListComparison>persistAndFlush().chain(saved -> {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).comparisonId = saved.id;
                rows.get(i).seq = i + 1;
            }
            return ListComparisonRow.persist(rows).replaceWith(saved)
                    .call(r -> audit.record(actor.actor(), r.kind == ComparisonKind.FUSION ? "LIST_FUSION_RUN" : "LIST_COMPARISON_RUN",
                            "ListComparison", r.id, null, new RunSnapshot(r.kind, r.subjectUnitId, r.referenceUnitId, rows.size())));
        });
    }

    private static Uni<List<ServiceItem>> servicesUnder(String path) {
        return ServiceItem.find("from ServiceItem s where s.unitId in (select u.id from Unit u where u.path like ?1) order by s.code",
                path + "%").list();
    }

    /** A stored report, NOT_FOUND unless the actor may see reports about its unit. */
    public Uni<ListComparison> byId(ScopedActor actor, long id) {
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

    /** The newest reports the actor may see, of one kind when asked. */
    public Uni<List<ListComparison>> recent(ScopedActor actor, ComparisonKind kind, Integer first) {
        int size = Paging.pageSize(first);
        // reports are few (twice a year per department): scope the newest 500 in memory
        return reads.read(s -> {
                    var q = s.createSelectionQuery("from ListComparison c" + (kind == null ? "" : " where c.kind = :kind")
                            + " order by c.id desc", ListComparison.class).setMaxResults(500);
                    if (kind != null) {
                        q.setParameter("kind", kind);
                    }
                    return q.getResultList();
                })
                .chain(all -> visible(actor, all)).map(list -> list.stream().limit(size).toList());
    }

    private Uni<List<ListComparison>> visible(ScopedActor actor, List<ListComparison> reports) {
        return units.pathsOf(reports.stream().map(r -> r.subjectUnitId).distinct().toList())
                .map(paths -> reports.stream().filter(r -> ListPolicy.seesDraft(actor, paths.get(r.subjectUnitId))).toList());
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
