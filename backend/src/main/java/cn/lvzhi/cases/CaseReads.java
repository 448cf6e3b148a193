package cn.lvzhi.cases;

import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Role;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Queries over cases, scoped by {@link CaseVisibility}: an invisible case is NOT_FOUND, absent from lists and
 * counts; inside a visible case a department sees only its part of the dispatch tree.
 */
@ApplicationScoped
public class CaseReads {
    static final String CASE_NOT_FOUND = "事件不存在 (case not found)";

    private final ReadSessions reads;

    public CaseReads(ReadSessions reads) {
        this.reads = reads;
    }

    public Uni<CaseConnection> page(CaseActor a, CaseFilter filter, Integer first, String after) {
        int size = Paging.pageSize(first);
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of(CaseVisibility.condition(a, params)));
        CaseFilter f = filter == null ? new CaseFilter() : filter;
        Conditions w = new Conditions(where, params);
        w.add("c.status in :statuses", "statuses", f.statuses == null || f.statuses.isEmpty() ? null : f.statuses);
        w.add("c.areaPath like (select concat(au.path, '%') from Unit au where au.id = :areaUnitId)", "areaUnitId", f.areaUnitId);
        w.add("c.originUnitId = :originUnitId", "originUnitId", f.originUnitId);
        w.add("c.source = :source", "source", f.source);
        w.add("c.reportedAt >= :reportedFrom", "reportedFrom", f.reportedFrom);
        w.add("c.reportedAt < :reportedTo", "reportedTo", f.reportedTo);
        if (f.keyword != null && !f.keyword.isBlank()) {
            String k = Inputs.text("filter.keyword", f.keyword, false, 100, "关键词");
            where.add("(c.code ilike :kw escape '\\' or c.title ilike :kw escape '\\' or c.address ilike :kw escape '\\')");
            params.put("kw", Paging.containsPattern(k));
        }
        String from = " from CaseFile c where " + String.join(" and ", where);
        return NewestFirst.page(reads, "c", from, params, after, size, Case.class)
                .map(p -> CaseConnection.of(p.rows(), size, p.total()));
    }

    /** Optional filter conditions: a condition and its parameter are added only when the value is given. */
    private record Conditions(List<String> where, Map<String, Object> params) {
        void add(String condition, String name, Object value) {
            if (value != null) {
                where.add(condition);
                params.put(name, value);
            }
        }
    }

    /** One case the actor sees; NOT_FOUND otherwise. */
    public Uni<Case> byId(CaseActor a, long id) {
        Map<String, Object> params = new HashMap<>();
        String visible = CaseVisibility.condition(a, params);
        return reads.read(s -> {
            var q = s.createSelectionQuery("from CaseFile c where c.id = :id and " + visible, Case.class).setParameter("id", id);
            params.forEach(q::setParameter);
            return q.getSingleResultOrNull();
        }).onItem().ifNull().failWith(() -> new NotFoundException(CASE_NOT_FOUND));
    }

    /** The cases of these ids the actor sees, by id (the invisible ones are absent). */
    public Uni<Map<Long, Case>> byIds(CaseActor a, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<String, Object> params = new HashMap<>();
        String visible = CaseVisibility.condition(a, params);
        return reads.read(s -> {
            var q = s.createSelectionQuery("from CaseFile c where c.id in :ids and " + visible, Case.class).setParameter("ids", ids);
            params.forEach(q::setParameter);
            return q.getResultList();
        }).map(rows -> {
            Map<Long, Case> byId = new HashMap<>();
            rows.forEach(c -> byId.put(c.id, c));
            return byId;
        });
    }

    /** A rating on a case the actor sees; NOT_FOUND otherwise (a rating is as visible as its case). */
    public Uni<Rating> visibleRating(CaseActor a, long ratingId) {
        Map<String, Object> params = new HashMap<>();
        String visible = CaseVisibility.condition(a, params);
        return reads.read(s -> {
            var q = s.createSelectionQuery("select r from Rating r join CaseFile c on c.id = r.caseId where r.id = :id and " + visible,
                    Rating.class).setParameter("id", ratingId);
            params.forEach(q::setParameter);
            return q.getSingleResultOrNull();
        }).onItem().ifNull().failWith(() -> new NotFoundException(CaseService.RATING_NOT_FOUND));
    }

    /** Ratings by id (for a parent the caller already sees). */
    public Uni<Map<Long, Rating>> ratingsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from Rating r where r.id in :ids", Rating.class).setParameter("ids", ids)
                .getResultList()).map(rows -> {
                    Map<Long, Rating> byId = new HashMap<>();
                    rows.forEach(r -> byId.put(r.id, r));
                    return byId;
                });
    }

    /** Open dispatches flagged overdue that the actor sees, oldest first (a department: those it sent or received). */
    public Uni<DispatchConnection> overdue(CaseActor a, Integer first, String after) {
        int size = Paging.pageSize(first);
        Map<String, Object> params = new HashMap<>();
        String visible = CaseVisibility.condition(a, params);
        boolean wide = a.has(Role.LEADER) || a.has(Role.ESTABLISHMENT_OFFICE) || a.commandArea() != null
                || a.has(Role.DISCIPLINE) || a.has(Role.ORGANISATION) || a.has(Role.GRID_WORKER) || a.has(Role.INTEGRATION);
        if (!wide) {
            params.put("vOwn", a.unitPath() + "%");
        }
        String party = wide ? "" : " and exists (select 1 from Unit du where (du.id = d.fromUnitId or du.id = d.toUnitId)"
                + " and du.path like :vOwn)";
        String from = " from Dispatch d join CaseFile c on c.id = d.caseId where d.overdue = true and d.status in :open and "
                + visible + party;
        params.put("open", List.of(DispatchStatus.SENT, DispatchStatus.SIGNED));
        return NewestFirst.ordered(reads, "d", from, "d.id > :after order by d.id", params, after, size, Dispatch.class)
                .map(p -> DispatchConnection.of(p.rows(), size, p.total()));
    }

    /** A dispatch with the tree paths of its two units. */
    record PathedDispatch(Dispatch dispatch, String fromPath, String toPath) {
    }

    /** The dispatches of each case the actor may see inside it ({@link CaseVisibility#visibleDispatches}). */
    public Uni<Map<Long, List<Dispatch>>> visibleDispatches(CaseActor a, List<Case> cases) {
        List<Long> ids = cases.stream().map(c -> c.id).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("""
                        select d, fu.path, tu.path from Dispatch d join Unit fu on fu.id = d.fromUnitId
                        join Unit tu on tu.id = d.toUnitId where d.caseId in :ids order by d.id""", Object[].class)
                .setParameter("ids", ids).getResultList()
                .chain(rows -> s.createSelectionQuery("select c.id, u.path from CaseFile c join Unit u on u.id = c.originUnitId"
                                + " where c.id in :ids", Object[].class).setParameter("ids", ids).getResultList()
                        .map(origins -> {
                            Map<Long, String> originPath = new HashMap<>();
                            origins.forEach(o -> originPath.put((Long) o[0], (String) o[1]));
                            Map<Long, List<PathedDispatch>> byCase = new HashMap<>();
                            rows.forEach(r -> {
                                Dispatch d = (Dispatch) r[0];
                                byCase.computeIfAbsent(d.caseId, k -> new ArrayList<>()).add(new PathedDispatch(d, (String) r[1], (String) r[2]));
                            });
                            Map<Long, List<Dispatch>> visible = new HashMap<>();
                            for (Case c : cases) {
                                List<PathedDispatch> all = byCase.getOrDefault(c.id, List.of());
                                visible.put(c.id, filter(a, c, originPath.get(c.id), all));
                            }
                            return visible;
                        })));
    }

    static List<Dispatch> filter(CaseActor a, Case c, String originPath, List<PathedDispatch> all) {
        List<String> parties = new ArrayList<>();
        all.forEach(p -> {
            parties.add(p.fromPath());
            parties.add(p.toPath());
        });
        var facts = new CaseVisibility.CaseFacts(c.reporterSubject, originPath, c.areaPath, c.hasUnsatisfied, c.everDisputed, parties);
        Set<Long> ids = CaseVisibility.visibleDispatches(a, facts, all.stream()
                .map(p -> new CaseVisibility.DispatchFacts(p.dispatch().id, p.dispatch().parentDispatchId, p.fromPath(), p.toPath()))
                .toList());
        return all.stream().map(PathedDispatch::dispatch).filter(d -> ids.contains(d.id)).toList();
    }

    /** Rows of an entity by case id, in id order. */
    private <T> Uni<Map<Long, List<T>>> byCase(Class<T> type, String entity, Collection<Long> caseIds, Function<T, Long> caseOf) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from " + entity + " x where x.caseId in :ids order by x.id", type)
                .setParameter("ids", caseIds).getResultList())
                .map(rows -> {
                    Map<Long, List<T>> grouped = new HashMap<>();
                    rows.forEach(r -> grouped.computeIfAbsent(caseOf.apply(r), k -> new ArrayList<>()).add(r));
                    return grouped;
                });
    }

    public Uni<Map<Long, List<Rating>>> ratings(Collection<Long> caseIds) {
        return byCase(Rating.class, "Rating", caseIds, r -> r.caseId);
    }

    public Uni<Map<Long, List<Reminder>>> reminders(Collection<Long> caseIds) {
        return byCase(Reminder.class, "Reminder", caseIds, r -> r.caseId);
    }

    public Uni<Map<Long, List<CaseEvent>>> events(Collection<Long> caseIds) {
        return byCase(CaseEvent.class, "CaseEvent", caseIds, e -> e.caseId);
    }

    public Uni<Map<Long, List<Appeal>>> appeals(Collection<Long> caseIds) {
        return byCase(Appeal.class, "Appeal", caseIds, e -> e.caseId);
    }

    /** The township whose subtree holds the unit with this path, or {@code null}. */
    public Uni<Unit> townshipAround(String path) {
        return reads.read(s -> s.createSelectionQuery(
                        "from Unit u where u.kind = :kind and :path like concat(u.path, '%') order by u.depth desc", Unit.class)
                .setParameter("kind", UnitKind.TOWNSHIP).setParameter("path", path).setMaxResults(1)
                .getResultList().map(l -> l.isEmpty() ? null : l.get(0)));
    }

    public Uni<Unit> unitAtPath(String path) {
        return reads.read(s -> s.createSelectionQuery("from Unit u where u.path = :path", Unit.class)
                .setParameter("path", path).getSingleResultOrNull());
    }
}
