package cn.lvzhi.investigations;

import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.cases.RatingLevel;
import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Role;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Queries over investigations, scoped by {@link InvestigationPolicy#sees}: for anyone but the discipline office and
 * the organisation department of the region they do not exist (NOT_FOUND, absent from lists and counts).
 */
@ApplicationScoped
public class InvestigationReads {
    static final String NOT_FOUND = "责任倒查不存在 (investigation not found)";

    private final ReadSessions reads;
    private final CaseReads cases;

    public InvestigationReads(ReadSessions reads, CaseReads cases) {
        this.reads = reads;
        this.cases = cases;
    }

    /** The HQL condition over investigation {@code i} under which the actor sees it; exactly {@link InvestigationPolicy#sees}. */
    static String visible(ScopedActor a, Map<String, Object> params) {
        if (!(a.has(Role.DISCIPLINE) || a.has(Role.ORGANISATION)) || a.regionPath() == null) {
            return "false";
        }
        params.put("iRegion", a.regionPath() + "%");
        return "i.areaPath like :iRegion";
    }

    public Uni<InvestigationConnection> page(ScopedActor a, InvestigationFilter filter, Integer first, String after) {
        int size = Paging.pageSize(first);
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of(visible(a, params)));
        if (filter != null && filter.statuses != null && !filter.statuses.isEmpty()) {
            where.add("i.status in :statuses");
            params.put("statuses", filter.statuses);
        }
        return NewestFirst.page(reads, "i", " from Investigation i where " + String.join(" and ", where), params, after, size,
                Investigation.class).map(p -> Paging.connection(p.rows(), size, p.total(), i -> String.valueOf(i.id),
                        InvestigationConnection.InvestigationEdge::new, InvestigationConnection::new));
    }

    public Uni<Investigation> byId(ScopedActor a, long id) {
        Map<String, Object> params = new HashMap<>();
        String visible = visible(a, params);
        return reads.read(s -> {
            var q = s.createSelectionQuery("from Investigation i where i.id = :id and " + visible, Investigation.class).setParameter("id", id);
            params.forEach(q::setParameter);
            return q.getSingleResultOrNull();
        }).onItem().ifNull().failWith(() -> new NotFoundException(NOT_FOUND));
    }

    /** The investigations of these ratings the actor sees, by rating id. */
    public Uni<Map<Long, Investigation>> byRatings(ScopedActor a, Collection<Long> ratingIds) {
        Map<String, Object> params = new HashMap<>();
        String visible = visible(a, params);
        if (ratingIds.isEmpty() || "false".equals(visible)) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> {
            var q = s.createSelectionQuery("from Investigation i where i.ratingId in :ids and " + visible, Investigation.class)
                    .setParameter("ids", ratingIds);
            params.forEach(q::setParameter);
            return q.getResultList();
        }).map(rows -> {
            Map<Long, Investigation> byRating = new HashMap<>();
            rows.forEach(i -> byRating.put(i.ratingId, i));
            return byRating;
        });
    }

    /** The findings of each investigation, oldest first. */
    public Uni<Map<Long, List<InvestigationFinding>>> findings(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from InvestigationFinding f where f.investigationId in :ids order by f.id",
                InvestigationFinding.class).setParameter("ids", ids).getResultList()).map(rows -> {
                    Map<Long, List<InvestigationFinding>> grouped = new HashMap<>();
                    rows.forEach(f -> grouped.computeIfAbsent(f.investigationId, k -> new ArrayList<>()).add(f));
                    return grouped;
                });
    }

    /**
     * The UNSATISFIED ratings (in force) the actor sees, newest first: those on dispatches it may see in cases it
     * may see (the discipline office: whole trees; a department: its own part of them).
     */
    public Uni<RatingConnection> unsatisfied(ScopedActor a, Integer first, String after) {
        return cases.ratingsAt(a, RatingLevel.UNSATISFIED, first, after)
                .map(p -> Paging.connection(p.rows(), Paging.pageSize(first), p.total(), r -> String.valueOf(r.id),
                        RatingConnection.RatingEdge::new, RatingConnection::new));
    }
}
