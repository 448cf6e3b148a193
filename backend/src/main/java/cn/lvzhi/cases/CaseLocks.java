package cn.lvzhi.cases;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How every change of a case starts: lock the case row (SELECT … FOR UPDATE) and load its dispatches as the actor
 * sees them. The row lock serialises every change of one case, so of two concurrent raters or dispatchers the
 * second sees what the first did; a case the actor may not see is NOT_FOUND, exactly like a missing one. Everything
 * here reads in the transaction's own session: while a transaction waits for a row lock it holds a connection, so
 * the lock holder must not need a second one from the pool.
 */
final class CaseLocks {

    /** A locked case with its dispatches: those the actor sees, and all of them (for the rules of a hop). */
    record Locked(ScopedActor actor, Case caseFile, List<Dispatch> visible, List<Dispatch> all) {
        /**
         * A dispatch of the case the actor sees, to act on; NOT_FOUND otherwise, CONFLICT when it belongs to a round
         * of handling before the case was reopened ({@link ReopenPolicy#requireCurrentRound}).
         */
        Dispatch dispatch(long id) {
            Dispatch d = visible.stream().filter(x -> x.id == id).findFirst()
                    .orElseThrow(() -> new NotFoundException(CaseRefusals.DISPATCH_NOT_FOUND));
            ReopenPolicy.requireCurrentRound(caseFile, d);
            return d;
        }

        /**
         * All dispatches of a hop of the current round (the first hop: {@code parentId} null), whether or not the
         * actor sees them.
         */
        List<Dispatch> hop(Long parentId) {
            return all.stream().filter(x -> Objects.equals(x.parentDispatchId, parentId) && ReopenPolicy.inCurrentRound(caseFile, x)).toList();
        }

        /** The optimistic check of a change made on what the actor saw: CONFLICT when the case moved on since. */
        void requireVersion(int seen) {
            if (caseFile.version != seen) {
                throw new ConflictException("事件已被他人更新（当前版本 " + caseFile.version + "），请刷新后重试 (stale case version)");
            }
        }
    }

    private CaseLocks() {
    }

    /** Locks the case and loads its dispatches; NOT_FOUND unless the actor sees the case. */
    static Uni<Locked> lock(ScopedActor a, long caseId) {
        return Case.<Case>findById(caseId, LockModeType.PESSIMISTIC_WRITE).chain(c -> {
            if (c == null) {
                throw new NotFoundException(CaseRefusals.CASE_NOT_FOUND);
            }
            return Dispatch.<Dispatch>list("caseId = ?1 order by id", c.id).chain(all -> {
                Set<Long> unitIds = new HashSet<>();
                unitIds.add(c.originUnitId);
                all.forEach(d -> {
                    unitIds.add(d.fromUnitId);
                    unitIds.add(d.toUnitId);
                });
                return pathsOf(unitIds).map(paths -> seen(a, c, all, paths));
            });
        });
    }

    /**
     * The locked case as the actor sees it ({@link CaseVisibility}); NOT_FOUND when it does not see the case.
     * {@code paths}: the tree path of the case's origin unit and of every dispatch's two units.
     */
    static Locked seen(ScopedActor a, Case c, List<Dispatch> all, Map<Long, String> paths) {
        List<String> parties = new ArrayList<>();
        all.forEach(d -> {
            parties.add(paths.get(d.fromUnitId));
            parties.add(paths.get(d.toUnitId));
        });
        var facts = new CaseVisibility.CaseFacts(c.reporterSubject, paths.get(c.originUnitId), c.areaPath, c.hasUnsatisfied,
                c.everDisputed, parties);
        if (!CaseVisibility.sees(a, facts)) {
            throw new NotFoundException(CaseRefusals.CASE_NOT_FOUND);
        }
        Set<Long> visible = CaseVisibility.visibleDispatches(a, facts, all.stream().map(d -> new CaseVisibility.DispatchFacts(
                d.id, d.parentDispatchId, paths.get(d.fromUnitId), paths.get(d.toUnitId))).toList());
        return new Locked(a, c, all.stream().filter(d -> visible.contains(d.id)).toList(), all);
    }

    /** Locks the case of a dispatch; NOT_FOUND unless the actor sees the dispatch. */
    static Uni<Locked> lockByDispatch(ScopedActor a, long dispatchId) {
        return caseOf("select d.caseId from Dispatch d where d.id = :id", dispatchId, CaseRefusals.DISPATCH_NOT_FOUND)
                .chain(caseId -> lock(a, caseId))
                .invoke(l -> l.dispatch(dispatchId));
    }

    /** Locks the case of a rating (whether the actor sees the rating is the caller's to check). */
    static Uni<Locked> lockByRating(ScopedActor a, long ratingId) {
        return caseOf("select r.caseId from Rating r where r.id = :id", ratingId, CaseRefusals.RATING_NOT_FOUND)
                .chain(caseId -> lock(a, caseId));
    }

    /** Locks the case of an appeal. */
    static Uni<Locked> lockByAppeal(ScopedActor a, long appealId) {
        return caseOf("select a.caseId from Appeal a where a.id = :id", appealId, CaseRefusals.APPEAL_NOT_FOUND)
                .chain(caseId -> lock(a, caseId));
    }

    private static Uni<Long> caseOf(String hql, long id, String notFound) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(hql, Long.class).setParameter("id", id).getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> new NotFoundException(notFound));
    }

    /** Units by id, in the transaction's own session. */
    static Uni<Map<Long, Unit>> unitsIn(Set<Long> ids) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from Unit u where u.id in :ids", Unit.class)
                .setParameter("ids", ids).getResultList())
                .map(rows -> {
                    Map<Long, Unit> byId = new HashMap<>();
                    rows.forEach(u -> byId.put(u.id, u));
                    return byId;
                });
    }

    /**
     * The tree paths of the case's parties, read as plain values: units read as entities would join the transaction's
     * session and be checked for changes at each of its flushes.
     */
    private static Uni<Map<Long, String>> pathsOf(Set<Long> ids) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("select u.id, u.path from Unit u where u.id in :ids", Object[].class)
                        .setParameter("ids", ids).getResultList())
                .map(rows -> {
                    Map<Long, String> paths = new HashMap<>();
                    rows.forEach(r -> paths.put((Long) r[0], (String) r[1]));
                    return paths;
                });
    }
}
