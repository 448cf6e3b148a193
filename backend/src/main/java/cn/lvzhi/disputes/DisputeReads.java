package cn.lvzhi.disputes;

import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries over disputes: a dispute is visible exactly when its case is ({@link CaseReads#visibleCaseIds}). */
@ApplicationScoped
public class DisputeReads {
    static final String DISPUTE_NOT_FOUND = "争议不存在 (dispute not found)";

    private final ReadSessions reads;
    private final CaseReads cases;

    public DisputeReads(ReadSessions reads, CaseReads cases) {
        this.reads = reads;
        this.cases = cases;
    }

    public Uni<DisputeConnection> page(ScopedActor a, DisputeFilter filter, Integer first, String after) {
        int size = Paging.pageSize(first);
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of("d.caseId in (" + cases.visibleCaseIds(a, params) + ")"));
        if (filter != null && filter.statuses != null && !filter.statuses.isEmpty()) {
            where.add("d.status in :statuses");
            params.put("statuses", filter.statuses);
        }
        if (filter != null && filter.rungs != null && !filter.rungs.isEmpty()) {
            where.add("d.rung in :rungs");
            params.put("rungs", filter.rungs);
        }
        String from = " from Dispute d where " + String.join(" and ", where);
        return NewestFirst.page(reads, "d", from, params, after, size, Dispute.class)
                .map(p -> Paging.connection(p.rows(), size, p.total(), d -> String.valueOf(d.id),
                        DisputeConnection.DisputeEdge::new, DisputeConnection::new));
    }

    /** One dispute the actor sees (its case is visible to it); NOT_FOUND otherwise. */
    public Uni<Dispute> byId(ScopedActor a, long id) {
        Map<String, Object> params = new HashMap<>();
        String visible = cases.visibleCaseIds(a, params);
        return reads.read(s -> {
            var q = s.createSelectionQuery("from Dispute d where d.id = :id and d.caseId in (" + visible + ")",
                    Dispute.class).setParameter("id", id);
            params.forEach(q::setParameter);
            return q.getSingleResultOrNull();
        }).onItem().ifNull().failWith(() -> new NotFoundException(DISPUTE_NOT_FOUND));
    }

    /** The latest dispute of each case (for {@code Case.dispute}); the cases are visible already. */
    public Uni<Map<Long, Dispute>> latestOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from Dispute d where d.caseId in :ids order by d.id", Dispute.class)
                .setParameter("ids", caseIds).getResultList()).map(rows -> {
                    Map<Long, Dispute> latest = new HashMap<>();
                    rows.forEach(d -> latest.put(d.caseId, d));
                    return latest;
                });
    }

    /** The steps of each dispute, oldest first. */
    public Uni<Map<Long, List<DisputeStep>>> steps(Collection<Long> disputeIds) {
        if (disputeIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from DisputeStep x where x.disputeId in :ids order by x.id", DisputeStep.class)
                .setParameter("ids", disputeIds).getResultList()).map(rows -> {
                    Map<Long, List<DisputeStep>> grouped = new HashMap<>();
                    rows.forEach(r -> grouped.computeIfAbsent(r.disputeId, k -> new ArrayList<>()).add(r));
                    return grouped;
                });
    }
}
