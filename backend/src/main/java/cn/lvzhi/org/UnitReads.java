package cn.lvzhi.org;

import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Queries over the organisation tree; every unit is visible to every actor with a valid unit.
 * <p>
 * Units by id are kept across requests: nearly every response names units (a case's originating unit, each hop's two
 * units), the tree is small and changes a few times a year, and reading them again cost a statement per nesting
 * level. A change made through the API forgets them all ({@link UnitPlaces#forgetAll}); a kept unit is read again
 * after {@link #TTL}, which bounds how long another replica, or a change made outside the API, goes unseen.
 * A kept unit is shared: callers read it and never change it.
 */
@ApplicationScoped
public class UnitReads {
    public static final int MAX_SUBTREE_DEPTH = 4;
    public static final int MAX_SUBTREE_SIZE = 5000;
    /** How long a unit read by id is trusted without being read again. */
    static final Duration TTL = Duration.ofSeconds(30);
    /** The most units kept: a city's tree is a few thousand; past it the store starts again. */
    static final int MAX_KEPT = 20_000;

    private record Kept(Unit unit, long readAt) {
    }

    private final ReadSessions reads;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    public UnitReads(ReadSessions reads) {
        this.reads = reads;
    }

    /** Forgets every kept unit: the tree or a unit changed. */
    void forgetAll() {
        kept.clear();
    }

    public Uni<Unit> byId(long id) {
        return reads.read(s -> s.get(Unit.class, id))
                .onItem().ifNull().failWith(() -> new NotFoundException("单位不存在 (unit not found)"));
    }

    public Uni<Unit> byCode(String code) {
        return reads.read(s -> s.createSelectionQuery("from Unit u where u.code = :code", Unit.class)
                        .setParameter("code", code).getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> new NotFoundException("单位不存在 (unit not found)"));
    }

    public static final int MAX_CODES = 200;

    /** The units with these codes, in no particular order; unknown codes are left out. */
    public Uni<List<Unit>> byCodes(List<String> codes) {
        if (codes.size() > MAX_CODES) {
            throw new ValidationException("codes", "一次最多查询 " + MAX_CODES + " 个单位编码 (at most " + MAX_CODES + " codes)");
        }
        if (codes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return reads.read(s -> s.createSelectionQuery("from Unit u where u.code in :codes order by u.code", Unit.class)
                .setParameter("codes", codes).getResultList());
    }

    /** The units with these codes, by code, however many there are (queried {@link #MAX_CODES} at a time). */
    public Uni<Map<String, Unit>> byCodeMap(Collection<String> codes) {
        List<String> all = new ArrayList<>(codes);
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += MAX_CODES) {
            batches.add(all.subList(i, Math.min(all.size(), i + MAX_CODES)));
        }
        return Multi.createFrom().iterable(batches).onItem().transformToUniAndConcatenate(this::byCodes)
                .collect().in(HashMap<String, Unit>::new, (map, found) -> found.forEach(u -> map.put(u.code, u)))
                .map(map -> map);
    }

    /** The units of these ids that exist, by id; those kept and fresh without a statement. */
    public Uni<Map<Long, Unit>> byIds(Collection<Long> ids) {
        long now = System.nanoTime();
        Map<Long, Unit> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            Kept k = kept.get(id);
            if (k != null && now - k.readAt() < TTL.toNanos()) {
                found.put(id, k.unit());
            } else if (id != null) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        return reads.read(s -> s.createSelectionQuery("from Unit u where u.id in :ids", Unit.class)
                        .setParameter("ids", missing).getResultList())
                .map(list -> {
                    if (kept.size() + list.size() > MAX_KEPT) {
                        kept.clear();
                    }
                    list.forEach(u -> {
                        kept.put(u.id, new Kept(u, now));
                        found.put(u.id, u);
                    });
                    return found;
                });
    }

    public Uni<Map<Long, Long>> childCounts(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery(
                                "select u.parentId, count(u) from Unit u where u.parentId in :ids group by u.parentId",
                                Object[].class)
                        .setParameter("ids", parentIds).getResultList())
                .map(rows -> {
                    Map<Long, Long> counts = new HashMap<>();
                    rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
                    return counts;
                });
    }

    /** One page of units matching the filter, ordered by code, plus the total count of matches. */
    public Uni<UnitConnection> page(UnitFilter filter, Integer first, String after) {
        int size = Paging.pageSize(first);
        String afterCode = Paging.decode(after);
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        UnitFilter f = filter == null ? new UnitFilter() : filter;
        if (f.kind != null) {
            where.add("u.kind = :kind");
            params.put("kind", f.kind);
        }
        if (f.level != null) {
            where.add("u.level = :level");
            params.put("level", f.level);
        }
        if (f.parentId != null) {
            where.add("u.parentId = :parentId");
            params.put("parentId", f.parentId);
        }
        if (Boolean.TRUE.equals(f.rootsOnly)) {
            where.add("u.parentId is null");
        }
        if (f.nameContains != null && !f.nameContains.isBlank()) {
            String needle = f.nameContains.strip();
            if (needle.length() > 100) {
                throw new ValidationException("filter.nameContains", "名称关键字过长 (at most 100 characters)");
            }
            where.add("u.name ilike :name escape '\\'");
            params.put("name", Paging.containsPattern(needle));
        }
        if (f.regionOf != null) {
            // a unit with no government above it (or no such unit) has no region: nothing matches
            where.add("exists (select r.id from Unit r, Unit x where x.id = :regionOf and r.kind = :government"
                    + " and x.path like concat(r.path, '%') and u.path like concat(r.path, '%')"
                    + " and not exists (select n.id from Unit n where n.kind = :government and x.path like concat(n.path, '%')"
                    + " and n.depth > r.depth))");
            params.put("regionOf", f.regionOf);
            params.put("government", UnitKind.REGION_GOVERNMENT);
        }
        String filterClause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        List<String> pageWhere = new ArrayList<>(where);
        if (afterCode != null) {
            pageWhere.add("u.code > :after");
        }
        String pageClause = pageWhere.isEmpty() ? "" : " where " + String.join(" and ", pageWhere);
        return reads.read(s -> {
            var pageQuery = s.createSelectionQuery("from Unit u" + pageClause + " order by u.code", Unit.class)
                    .setMaxResults(size + 1);
            var countQuery = s.createSelectionQuery("select count(u) from Unit u" + filterClause, Long.class);
            params.forEach((k, v) -> {
                pageQuery.setParameter(k, v);
                countQuery.setParameter(k, v);
            });
            if (afterCode != null) {
                pageQuery.setParameter("after", afterCode);
            }
            return pageQuery.getResultList().chain(rows -> countQuery.getSingleResult()
                    .map(total -> Paging.connection(rows, size, total, u -> u.code,
                            UnitConnection.UnitEdge::new, UnitConnection::new)));
        });
    }

    /** The unit and its descendants down to {@code maxDepth} levels below it, parents before children. */
    public Uni<List<Unit>> subtree(long rootId, Integer maxDepth) {
        int depth = maxDepth == null ? 2 : maxDepth;
        if (depth < 0 || depth > MAX_SUBTREE_DEPTH) {
            throw new ValidationException("maxDepth", "层级深度须在 0 至 " + MAX_SUBTREE_DEPTH + " 之间");
        }
        return byId(rootId).chain(root -> reads.read(s -> s.createSelectionQuery(
                        "from Unit u where u.path like :prefix and u.depth <= :maxDepth order by u.depth, u.code",
                        Unit.class)
                .setParameter("prefix", root.path + "%")
                .setParameter("maxDepth", root.depth + depth)
                .setMaxResults(MAX_SUBTREE_SIZE)
                .getResultList()));
    }

    /** The tree paths of the given units, by id. */
    public Uni<Map<Long, String>> pathsOf(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("select u.id, u.path from Unit u where u.id in :ids", Object[].class)
                .setParameter("ids", unitIds).getResultList()
                .map(rows -> {
                    Map<Long, String> paths = new HashMap<>();
                    rows.forEach(r -> paths.put((Long) r[0], (String) r[1]));
                    return paths;
                }));
    }
}
