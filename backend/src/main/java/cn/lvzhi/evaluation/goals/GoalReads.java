package cn.lvzhi.evaluation.goals;

import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.goals.GoalPolicy.Scope;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.mandates.Duty;
import cn.lvzhi.mandates.DutyChangeStatus;
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

/**
 * Reads of duty goals for the API, each in its own stateless session and scoped by {@link GoalPolicy}: lists leave out
 * what the actor may not see, a single goal it may not see is NOT_FOUND, exactly like a missing one.
 */
@ApplicationScoped
public class GoalReads {
    static final String GOAL_NOT_FOUND = "年度履职目标不存在 (duty goal not found)";
    /** The kinds of unit that draft goals and whose 三定 the coverage report reads. */
    static final List<UnitKind> GOAL_UNITS = List.of(UnitKind.GOVERNMENT_DEPARTMENT, UnitKind.PARTY_DEPARTMENT,
            UnitKind.MASS_ORGANISATION, UnitKind.PUBLIC_INSTITUTION, UnitKind.TOWNSHIP);
    /** Duties no longer the unit's: not expected to have a goal. */
    static final List<DutyChangeStatus> GONE = List.of(DutyChangeStatus.CANCELLED, DutyChangeStatus.TRANSFERRED_OUT);

    private final ReadSessions reads;

    public GoalReads(ReadSessions reads) {
        this.reads = reads;
    }

    /**
     * The HQL conditions on goal {@code g} of unit {@code u} that keep what the actor sees (never called for
     * {@link Scope#NONE}); their parameters go into {@code params}.
     */
    static String visible(ScopedActor actor, Map<String, Object> params) {
        params.put("region", actor.regionPath() + "%");
        String region = "u.id = g.unitId and u.path like :region";
        return switch (GoalPolicy.scope(actor)) {
            case ALL -> region;
            case PUBLISHED_AND_OWN -> {
                params.put("own", actor.unitPath() + "%");
                yield region + " and (g.status = cn.lvzhi.evaluation.goals.GoalStatus.PUBLISHED or u.path like :own)";
            }
            case PUBLISHED -> region + " and g.status = cn.lvzhi.evaluation.goals.GoalStatus.PUBLISHED";
            case NONE -> throw new IllegalStateException("no goals visible");
        };
    }

    static int year(Integer year, String field) {
        if (year == null || year < 2000 || year > 2100) {
            throw new ValidationException(field, "年度须在 2000 至 2100 之间 (year 2000..2100)");
        }
        return year;
    }

    public Uni<DutyGoalConnection> goals(ScopedActor actor, DutyGoalFilter f, Integer first, String after) {
        int size = Paging.pageSize(first);
        Paging.decodeId(after); // a bad cursor is a VALIDATION error, even for one who sees nothing
        if (f != null && f.year != null) {
            year(f.year, "filter.year");
        }
        Uni<NewestFirst.Page<DutyGoal>> page;
        if (GoalPolicy.scope(actor) == Scope.NONE) {
            page = Uni.createFrom().item(new NewestFirst.Page<>(List.of(), 0));
        } else {
            Map<String, Object> params = new HashMap<>();
            StringBuilder where = new StringBuilder(visible(actor, params));
            if (f != null && f.year != null) {
                where.append(" and g.year = :year");
                params.put("year", f.year);
            }
            if (f != null && f.unitId != null) {
                where.append(" and g.unitId = :unit");
                params.put("unit", f.unitId);
            }
            if (f != null && f.status != null) {
                where.append(" and g.status = :status");
                params.put("status", f.status);
            }
            page = NewestFirst.page(reads, "g", " from DutyGoal g, Unit u where " + where, params, after, size, DutyGoal.class);
        }
        return page.map(p -> Paging.connection(p.rows(), size, p.total(), g -> String.valueOf(g.id),
                DutyGoalConnection.DutyGoalEdge::new, DutyGoalConnection::new));
    }

    /** A goal and the tree path of its unit. */
    public record Located(DutyGoal goal, String unitPath) {
    }

    /** One goal the actor sees, with its unit's path; NOT_FOUND otherwise. */
    public Uni<Located> goal(ScopedActor actor, long id) {
        return reads.read(s -> s.createSelectionQuery("select g, u.path from DutyGoal g, Unit u where g.id = :id and u.id = g.unitId",
                        Object[].class).setParameter("id", id).getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new NotFoundException(GOAL_NOT_FOUND);
                    }
                    DutyGoal g = (DutyGoal) rows.get(0)[0];
                    String path = (String) rows.get(0)[1];
                    if (!GoalPolicy.sees(actor, path, g.status)) {
                        throw new NotFoundException(GOAL_NOT_FOUND);
                    }
                    return new Located(g, path);
                });
    }

    /** The goals of these ids the actor sees ({@link GoalPolicy#sees}), by id; the others are absent. */
    public Uni<Map<Long, DutyGoal>> visibleByIds(ScopedActor actor, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("select g, u.path from DutyGoal g, Unit u where g.id in :ids and u.id = g.unitId",
                        Object[].class).setParameter("ids", ids).getResultList())
                .map(rows -> {
                    Map<Long, DutyGoal> seen = new HashMap<>();
                    for (Object[] r : rows) {
                        DutyGoal g = (DutyGoal) r[0];
                        if (GoalPolicy.sees(actor, (String) r[1], g.status)) {
                            seen.put(g.id, g);
                        }
                    }
                    return seen;
                });
    }

    /** The milestone's goal as the actor sees it; NOT_FOUND when the milestone is missing or its goal unseen. */
    public Uni<Located> goalOfMilestone(ScopedActor actor, long milestoneId) {
        return reads.read(s -> s.get(GoalMilestone.class, milestoneId)).chain(m -> {
            if (m == null) {
                throw new NotFoundException("目标节点不存在 (milestone not found)");
            }
            return goal(actor, m.goalId);
        });
    }

    public Uni<Map<Long, List<GoalMilestone>>> milestones(Collection<Long> goalIds) {
        return byGoal("from GoalMilestone m where m.goalId in :ids order by m.goalId, m.quarter", goalIds, GoalMilestone.class,
                m -> m.goalId);
    }

    public Uni<Map<Long, List<GoalProgress>>> progress(Collection<Long> goalIds) {
        return byGoal("from GoalProgress p where p.goalId in :ids order by p.goalId, p.id", goalIds, GoalProgress.class,
                p -> p.goalId);
    }

    /** The verifications of the goals whose verifications the actor reads (the unit, 编办, leaders); none of others. */
    public Uni<Map<Long, List<GoalVerification>>> verifications(ScopedActor actor, Collection<DutyGoal> goals) {
        Set<Long> unitIds = new HashSet<>();
        goals.forEach(g -> unitIds.add(g.unitId));
        return paths(unitIds).chain(paths -> byGoal("from GoalVerification v where v.goalId in :ids order by v.goalId, v.id",
                goals.stream().filter(g -> GoalPolicy.seesVerifications(actor, paths.get(g.unitId))).map(g -> g.id).toList(),
                GoalVerification.class, v -> v.goalId));
    }

    public Uni<Map<Long, Duty>> duties(Collection<Long> ids) {
        return byId("from Duty d where d.id in :ids", ids, Duty.class, d -> d.id);
    }

    public Uni<Map<Long, ListItem>> powerItems(Collection<Long> ids) {
        return byId("from ListItem i where i.id in :ids", ids, ListItem.class, i -> i.id);
    }

    private Uni<Map<Long, String>> paths(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("select u.id, u.path from Unit u where u.id in :ids", Object[].class)
                .setParameter("ids", unitIds).getResultList()).map(rows -> {
                    Map<Long, String> paths = new HashMap<>();
                    rows.forEach(r -> paths.put((Long) r[0], (String) r[1]));
                    return paths;
                });
    }

    private <T> Uni<Map<Long, List<T>>> byGoal(String hql, Collection<Long> goalIds, Class<T> type, Function<T, Long> goalOf) {
        if (goalIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery(hql, type).setParameter("ids", goalIds).getResultList()).map(rows -> {
            Map<Long, List<T>> byGoal = new HashMap<>();
            rows.forEach(r -> byGoal.computeIfAbsent(goalOf.apply(r), k -> new ArrayList<>()).add(r));
            return byGoal;
        });
    }

    private <T> Uni<Map<Long, T>> byId(String hql, Collection<Long> ids, Class<T> type, Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery(hql, type).setParameter("ids", ids).getResultList()).map(rows -> {
            Map<Long, T> byId = new HashMap<>();
            rows.forEach(r -> byId.put(idOf.apply(r), r));
            return byId;
        });
    }

    /**
     * The coverage of the year's goals per department and township the actor reads: every one of the region for 编办
     * and leaders, its own for a department or township, none for others; narrowed to one unit on request. Units with
     * neither a duty in force nor a goal are left out (nothing to cover).
     */
    public Uni<List<GoalCoverage>> coverage(ScopedActor actor, Integer yearArg, Long unitId) {
        int year = year(yearArg, "year");
        Scope scope = GoalPolicy.scope(actor);
        if (scope != Scope.ALL && scope != Scope.PUBLISHED_AND_OWN) {
            return Uni.createFrom().item(List.of());
        }
        String prefix = scope == Scope.ALL ? actor.regionPath() : actor.unitPath();
        return reads.read(s -> {
            var unitQuery = s.createSelectionQuery("from Unit u where u.path like :prefix and u.kind in :kinds"
                            + (unitId == null ? "" : " and u.id = :unit") + " order by u.path", Unit.class)
                    .setParameter("prefix", prefix + "%").setParameter("kinds", GOAL_UNITS);
            if (unitId != null) {
                unitQuery.setParameter("unit", unitId);
            }
            return unitQuery.getResultList().chain(units -> {
                List<Long> ids = units.stream().map(u -> u.id).toList();
                if (ids.isEmpty()) {
                    return Uni.createFrom().item(List.<GoalCoverage>of());
                }
                return s.createSelectionQuery("from Duty d where d.unitId in :ids and d.changeStatus not in :gone order by d.unitId, d.ordinal",
                                Duty.class).setParameter("ids", ids).setParameter("gone", GONE).getResultList()
                        .chain(duties -> s.createSelectionQuery("from DutyGoal g where g.unitId in :ids and g.year = :year order by g.id",
                                        DutyGoal.class).setParameter("ids", ids).setParameter("year", year).getResultList()
                                .map(goals -> GoalCoverages.of(units, duties, goals)));
            });
        });
    }
}
