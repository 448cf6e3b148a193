package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.CaseFilter;
import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Queries over cases, scoped by {@link CaseVisibility}: an invisible case is NOT_FOUND, absent from lists and
 * counts; inside a visible case a department sees only its part of the dispatch tree. Every read of dispatches and
 * of what hangs off them (ratings, reminders, appeals, timeline steps) goes through {@link #seen}, the one place
 * that puts both rules into a query, so lists, pages and counts agree with each other.
 */
@ApplicationScoped
public class CaseReads {
    /**
     * How a kind of row reaches its case {@code c} and the dispatch {@code d} it belongs to. A row whose
     * {@code caseLevel} column is null (a timeline step of the case itself) belongs to no dispatch and is as
     * visible as its case.
     */
    private record Rows<T>(Class<T> type, String alias, String from, String caseLevel, Function<T, Long> caseOf) {
    }

    private static final Rows<Dispatch> DISPATCHES = new Rows<>(Dispatch.class, "d",
            " from Dispatch d join CaseFile c on c.id = d.caseId", null, d -> d.caseId);
    private static final Rows<Rating> RATINGS = new Rows<>(Rating.class, "r",
            " from Rating r join Dispatch d on d.id = r.dispatchId join CaseFile c on c.id = r.caseId", null, r -> r.caseId);
    private static final Rows<Reminder> REMINDERS = new Rows<>(Reminder.class, "m",
            " from Reminder m join Dispatch d on d.id = m.dispatchId join CaseFile c on c.id = m.caseId", null, m -> m.caseId);
    private static final Rows<Appeal> APPEALS = new Rows<>(Appeal.class, "ap", " from Appeal ap join Rating ar on ar.id = ap.ratingId"
            + " join Dispatch d on d.id = ar.dispatchId join CaseFile c on c.id = ap.caseId", null, ap -> ap.caseId);
    private static final Rows<CaseEvent> EVENTS = new Rows<>(CaseEvent.class, "e",
            " from CaseEvent e join CaseFile c on c.id = e.caseId left join Dispatch d on d.id = e.dispatchId", "e.dispatchId",
            e -> e.caseId);

    /** The {@code caseLevel} of rows that belong to the case as a whole, never to a dispatch: as visible as their case. */
    private static final String WHOLE_CASE = "";
    private static final Rows<CaseVisit> VISITS = new Rows<>(CaseVisit.class, "v",
            " from CaseVisit v join CaseFile c on c.id = v.caseId", WHOLE_CASE, v -> v.caseId);
    private static final Rows<CaseReopening> REOPENINGS = new Rows<>(CaseReopening.class, "ro",
            " from CaseReopening ro join CaseFile c on c.id = ro.caseId", WHOLE_CASE, ro -> ro.caseId);

    private final ReadSessions reads;

    public CaseReads(ReadSessions reads) {
        this.reads = reads;
    }

    /**
     * The parameters of {@link #filtered} whose values shape its plan: the actor's scope and the states asked for
     * (a state can be most of the table or a sliver of it). A statement kept prepared writes them as literals.
     */
    static final Set<String> PLAN_SHAPING = Stream.concat(CaseVisibility.SCOPE_PARAMETERS.stream(), Stream.of("statuses"))
            .collect(Collectors.toUnmodifiableSet());

    /** The most rows an export (案件导出) holds; a wider filter is refused with a request to narrow it. */
    public static final int MAX_EXPORT = 10_000;

    /**
     * The most cases a case list counts ({@link CaseConnection#totalCountCapped} beyond): counting stops after this
     * many plus one, so a count costs at most as much as reading that many rows, however many cases the city holds.
     */
    public static final int COUNT_CAP = 10_000;

    /** A page of the cases the actor sees under the filter; counted (up to {@link #COUNT_CAP} + 1) only when {@code counted}. */
    public Uni<CaseConnection> page(ScopedActor a, CaseFilter filter, Integer first, String after, boolean counted) {
        int size = Paging.pageSize(first);
        Map<String, Object> params = new HashMap<>();
        String from = filtered(a, filter, params);
        return NewestFirst.page(reads, "c", from, params, after, size, Case.class, counted ? COUNT_CAP : 0)
                .map(p -> CaseConnection.of(p.rows(), size, p.total()));
    }

    /**
     * Every case the actor sees under the filter, newest first, for an export: the same rows as the pages of
     * {@link #page}; VALIDATION when there are more than {@link #MAX_EXPORT}.
     */
    public Uni<List<Case>> all(ScopedActor a, CaseFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String from = filtered(a, filter, params);
        return reads.read(s -> {
            var q = s.createSelectionQuery("select c" + from + " order by c.id desc", Case.class).setMaxResults(MAX_EXPORT + 1);
            params.forEach(q::setParameter);
            return q.getResultList();
        }).invoke(rows -> {
            if (rows.size() > MAX_EXPORT) {
                throw new ValidationException("filter", "导出超过 " + MAX_EXPORT + " 件，请缩小筛选范围 (too many cases; narrow the filter)");
            }
        });
    }

    /** The FROM/WHERE of a case list: what the actor sees ({@link CaseVisibility}), narrowed by the filter. */
    static String filtered(ScopedActor a, CaseFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>(List.of(CaseVisibility.condition(a, params)));
        CaseFilter f = filter == null ? new CaseFilter() : filter;
        Conditions w = new Conditions(where, params);
        w.add("c.status in :statuses", "statuses", f.statuses == null || f.statuses.isEmpty() ? null : f.statuses);
        w.add("c.areaPath like (select concat(au.path, '%') from Unit au where au.id = :areaUnitId)", "areaUnitId", f.areaUnitId);
        w.add("c.originUnitId = :originUnitId", "originUnitId", f.originUnitId);
        w.add("c.source = :source", "source", f.source);
        w.add("c.reportedAt >= :reportedFrom", "reportedFrom", f.reportedFrom);
        w.add("c.reportedAt < :reportedTo", "reportedTo", f.reportedTo);
        w.add("c.reporterSubject = :mySubject", "mySubject", Boolean.TRUE.equals(f.reportedByMe) ? a.actor().subject() : null);
        if (f.keyword != null && !f.keyword.isBlank()) {
            where.add("(c.code ilike :kw escape '\\' or c.title ilike :kw escape '\\' or c.address ilike :kw escape '\\')");
            params.put("kw", Paging.containsPattern(f.keyword));
        }
        return " from CaseFile c where " + String.join(" and ", where);
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

    /**
     * An HQL subquery selecting the ids of the cases the actor sees, filling in its parameters. Features whose rows
     * belong to a case (disputes) put it into their own queries, {@code x.caseId in (…)}, and so never state the
     * visibility rule themselves.
     */
    public String visibleCaseIds(ScopedActor a, Map<String, Object> params) {
        return "select c.id from CaseFile c where " + CaseVisibility.condition(a, params);
    }

    /** One case the actor sees; NOT_FOUND otherwise. */
    public Uni<Case> byId(ScopedActor a, long id) {
        Map<String, Object> params = new HashMap<>();
        String visible = CaseVisibility.condition(a, params);
        return reads.read(s -> {
            var q = s.createSelectionQuery("from CaseFile c where c.id = :id and " + visible, Case.class).setParameter("id", id);
            params.forEach(q::setParameter);
            return q.getSingleResultOrNull();
        }).onItem().ifNull().failWith(() -> new NotFoundException(CaseRefusals.CASE_NOT_FOUND));
    }

    /** The cases of these ids the actor sees, by id (the invisible ones are absent). */
    public Uni<Map<Long, Case>> byIds(ScopedActor a, Collection<Long> ids) {
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

    /**
     * The condition under which the actor sees a row of {@code rows}: its case is visible ({@link CaseVisibility#condition})
     * and so is its dispatch ({@link CaseVisibility#dispatchCondition}), unless it belongs to the case itself.
     */
    private static String seen(ScopedActor a, Rows<?> rows, Map<String, Object> params) {
        if (WHOLE_CASE.equals(rows.caseLevel())) {
            return CaseVisibility.condition(a, params);
        }
        String dispatch = CaseVisibility.dispatchCondition(a, params);
        return CaseVisibility.condition(a, params) + " and "
                + (rows.caseLevel() == null ? dispatch : "(" + rows.caseLevel() + " is null or " + dispatch + ")");
    }

    /** The FROM/WHERE (HQL) of the dispatches the actor sees, {@code d} of case {@code c}, for the reads written as JSON. */
    static String seenDispatches(ScopedActor a, Map<String, Object> params) {
        return DISPATCHES.from() + " where " + seen(a, DISPATCHES, params);
    }

    /** The FROM/WHERE (HQL) of the ratings the actor sees, {@code r} of dispatch {@code d} of case {@code c}. */
    static String seenRatings(ScopedActor a, Map<String, Object> params) {
        return RATINGS.from() + " where " + seen(a, RATINGS, params);
    }

    /**
     * The condition under which the actor sees dispatch {@code d} of case {@code c} (both joined by the caller), and
     * with it what hangs off the dispatch: {@link #seen} for the queries of other reads of this feature.
     */
    static String seesDispatch(ScopedActor a, Map<String, Object> params) {
        return seen(a, DISPATCHES, params);
    }

    /** The rows the actor sees among those matching {@code where} (over the row's alias), in id order. */
    private <T> Uni<List<T>> visible(ScopedActor a, Rows<T> rows, String where, String name, Object value) {
        Map<String, Object> params = new HashMap<>();
        String hql = "select " + rows.alias() + rows.from() + " where " + where + " and " + seen(a, rows, params)
                + " order by " + rows.alias() + ".id";
        return reads.read(s -> {
            var q = s.createSelectionQuery(hql, rows.type()).setParameter(name, value);
            params.forEach(q::setParameter);
            return q.getResultList();
        });
    }

    /** For each case, in order, its rows of this kind that the actor sees (one query for the whole batch). */
    private <T> Uni<List<List<T>>> ofCases(ScopedActor a, Rows<T> rows, List<Case> cases) {
        List<Long> ids = cases.stream().map(c -> c.id).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return visible(a, rows, rows.alias() + ".caseId in :ids", "ids", ids).map(found -> {
            Map<Long, List<T>> byCase = new HashMap<>();
            found.forEach(r -> byCase.computeIfAbsent(rows.caseOf().apply(r), k -> new ArrayList<>()).add(r));
            return cases.stream().map(c -> byCase.getOrDefault(c.id, List.of())).toList();
        });
    }

    /** The dispatches of each case that the actor sees, oldest first (a department: its part of the tree). */
    public Uni<List<List<Dispatch>>> dispatches(ScopedActor a, List<Case> cases) {
        return ofCases(a, DISPATCHES, cases);
    }

    public Uni<List<List<Rating>>> ratings(ScopedActor a, List<Case> cases) {
        return ofCases(a, RATINGS, cases);
    }

    public Uni<List<List<Reminder>>> reminders(ScopedActor a, List<Case> cases) {
        return ofCases(a, REMINDERS, cases);
    }

    public Uni<List<List<Appeal>>> appeals(ScopedActor a, List<Case> cases) {
        return ofCases(a, APPEALS, cases);
    }

    /** The return visits (回访) of each case, oldest first: as visible as the case. */
    public Uni<List<List<CaseVisit>>> visits(ScopedActor a, List<Case> cases) {
        return ofCases(a, VISITS, cases);
    }

    /** The reopenings (重办) of each case, oldest first: as visible as the case. */
    public Uni<List<List<CaseReopening>>> reopenings(ScopedActor a, List<Case> cases) {
        return ofCases(a, REOPENINGS, cases);
    }

    /** The timeline of each case: its own steps and those of the dispatches the actor sees. */
    public Uni<List<List<CaseEvent>>> timelines(ScopedActor a, List<Case> cases) {
        return ofCases(a, EVENTS, cases);
    }

    /** A rating the actor sees; NOT_FOUND otherwise (a rating is as visible as the dispatch it rates). */
    public Uni<Rating> visibleRating(ScopedActor a, long ratingId) {
        return visible(a, RATINGS, "r.id = :id", "id", ratingId)
                .map(found -> found.isEmpty() ? null : found.get(0))
                .onItem().ifNull().failWith(() -> new NotFoundException(CaseRefusals.RATING_NOT_FOUND));
    }

    /** The ratings of these ids that the actor sees, by id (the others are absent). */
    public Uni<Map<Long, Rating>> visibleRatings(ScopedActor a, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return visible(a, RATINGS, "r.id in :ids", "ids", ids).map(rows -> {
            Map<Long, Rating> byId = new HashMap<>();
            rows.forEach(r -> byId.put(r.id, r));
            return byId;
        });
    }

    /** The ids among these dispatches that the actor sees. */
    public Uni<Set<Long>> visibleDispatchIds(ScopedActor a, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return visible(a, DISPATCHES, "d.id in :ids", "ids", ids).map(rows -> {
            Set<Long> seen = new HashSet<>();
            rows.forEach(d -> seen.add(d.id));
            return seen;
        });
    }

    /** A page of the ratings at this level that the actor sees, newest first, and how many there are. */
    public Uni<NewestFirst.Page<Rating>> ratingsAt(ScopedActor a, RatingLevel level, Integer first, String after) {
        Map<String, Object> params = new HashMap<>();
        String from = RATINGS.from() + " where r.level = :level and " + seen(a, RATINGS, params);
        params.put("level", level);
        return NewestFirst.page(reads, RATINGS.alias(), from, params, after, Paging.pageSize(first), Rating.class);
    }

    /** Open dispatches flagged overdue that the actor sees, oldest first; a hop closed unfinished is not open. */
    public Uni<DispatchConnection> overdue(ScopedActor a, Integer first, String after) {
        int size = Paging.pageSize(first);
        Map<String, Object> params = new HashMap<>();
        String from = DISPATCHES.from() + " where " + Dispatch.OVERDUE_OPEN + " and " + seen(a, DISPATCHES, params);
        return NewestFirst.ordered(reads, "d", from, "d.id > :after order by d.id", params, after, size, Dispatch.class)
                .map(p -> Paging.connection(p.rows(), size, p.total(), d -> String.valueOf(d.id),
                        DispatchConnection.DispatchEdge::new, DispatchConnection::new));
    }

    /** A dispatch the actor sees; NOT_FOUND otherwise. */
    public Uni<Dispatch> visibleDispatch(ScopedActor a, long dispatchId) {
        return visible(a, DISPATCHES, "d.id = :id", "id", dispatchId)
                .map(found -> found.isEmpty() ? null : found.get(0))
                .onItem().ifNull().failWith(() -> new NotFoundException(CaseRefusals.DISPATCH_NOT_FOUND));
    }

    /** Units by id (every unit is visible to every actor). */
    public Uni<Map<Long, Unit>> units(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from Unit u where u.id in :ids", Unit.class).setParameter("ids", ids)
                .getResultList()).map(rows -> {
                    Map<Long, Unit> byId = new HashMap<>();
                    rows.forEach(u -> byId.put(u.id, u));
                    return byId;
                });
    }

    /** The command centre (区综合信息指挥中心) of the region with this path, or {@code null}. */
    public Uni<Unit> commandCentreIn(String regionPath) {
        return reads.read(s -> s.createSelectionQuery(
                        "from Unit u where u.kind = :kind and u.path like concat(:region, '%') order by u.depth, u.code", Unit.class)
                .setParameter("kind", UnitKind.COMMAND_CENTRE).setParameter("region", regionPath).setMaxResults(1)
                .getResultList().map(l -> l.isEmpty() ? null : l.get(0)));
    }

    public Uni<Unit> unitAtPath(String path) {
        return reads.read(s -> s.createSelectionQuery("from Unit u where u.path = :path", Unit.class)
                .setParameter("path", path).getSingleResultOrNull());
    }
}
