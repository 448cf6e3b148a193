package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.ledger.LedgerPolicy.Sight;
import cn.lvzhi.evaluation.ledger.Payloads.LedgerConnection;
import cn.lvzhi.evaluation.ledger.Payloads.LedgerCounts;
import cn.lvzhi.evaluation.ledger.Payloads.LedgerEdge;
import cn.lvzhi.evaluation.ledger.inputs.LedgerFilter;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of the rectification ledger, each in its own stateless session and scoped by {@link LedgerPolicy}: what the
 * caller may not see is absent from lists and counts, and a single item it may not see is NOT_FOUND.
 */
@ApplicationScoped
public class LedgerReads {
    private final ReadSessions reads;

    public LedgerReads(ReadSessions reads) {
        this.reads = reads;
    }

    /** Today in Beijing, the day overdue is judged on. */
    static LocalDate today() {
        return LedgerCalendar.day(OffsetDateTime.now());
    }

    /** The HQL from-clause of the items the actor sees under the filter ({@code withState}: keep its state condition). */
    static String from(ScopedActor actor, LedgerFilter f, boolean withState, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" from LedgerItem i, Unit u where u.id = i.unitId");
        if (LedgerPolicy.scope(actor) == Sight.ALL) {
            where.append(" and u.path like :region");
            params.put("region", actor.regionPath() + "%");
        } else {
            where.append(" and i.unitId = :own");
            params.put("own", actor.unitId());
        }
        if (f == null) {
            return where.toString();
        }
        if (f.roundId != null) {
            where.append(" and i.roundId = :round");
            params.put("round", f.roundId);
        }
        if (f.unitId != null) {
            where.append(" and i.unitId = :unit");
            params.put("unit", f.unitId);
        }
        if (withState && f.state != null) {
            where.append(" and i.state = :state");
            params.put("state", f.state);
        }
        if (f.sourceKind != null) {
            where.append(" and i.sourceKind = :source");
            params.put("source", f.sourceKind.name());
        }
        if (f.overdue != null) {
            where.append(f.overdue ? " and (i.state = :open and i.dueOn < :today)" : " and not (i.state = :open and i.dueOn < :today)");
            params.put("open", LedgerState.OPEN);
            params.put("today", today());
        }
        return where.toString();
    }

    public Uni<LedgerConnection> items(ScopedActor actor, LedgerFilter f, Integer first, String after) {
        int size = Paging.pageSize(first);
        Paging.decodeId(after);
        Uni<NewestFirst.Page<LedgerItem>> page = LedgerPolicy.scope(actor) == Sight.NONE
                ? Uni.createFrom().item(new NewestFirst.Page<>(List.of(), 0))
                : pageOf(actor, f, after, size);
        return page.map(p -> Paging.connection(p.rows(), size, p.total(), i -> String.valueOf(i.id), LedgerEdge::new,
                LedgerConnection::new));
    }

    private Uni<NewestFirst.Page<LedgerItem>> pageOf(ScopedActor actor, LedgerFilter f, String after, int size) {
        Map<String, Object> params = new HashMap<>();
        return NewestFirst.page(reads, "i", from(actor, f, true, params), params, after, size, LedgerItem.class);
    }

    public Uni<LedgerCounts> counts(ScopedActor actor, LedgerFilter f) {
        if (LedgerPolicy.scope(actor) == Sight.NONE) {
            return Uni.createFrom().item(new LedgerCounts(0, 0, 0, 0, 0, 0, 0));
        }
        Map<String, Object> params = new HashMap<>();
        String from = from(actor, f, false, params);
        params.put("openState", LedgerState.OPEN);
        params.put("day", today());
        return reads.read(s -> {
            var q = s.createSelectionQuery("select i.state, count(i), sum(case when i.state = :openState and i.dueOn < :day"
                    + " then 1 else 0 end), sum(case when i.failedVerifications > 0 then 1 else 0 end)" + from
                    + " group by i.state", Object[].class);
            params.forEach(q::setParameter);
            return q.getResultList();
        }).map(LedgerReads::counted);
    }

    static LedgerCounts counted(List<Object[]> rows) {
        Map<LedgerState, Integer> byState = new HashMap<>();
        int overdue = 0;
        int failed = 0;
        for (Object[] r : rows) {
            byState.put((LedgerState) r[0], ((Number) r[1]).intValue());
            overdue += r[2] == null ? 0 : ((Number) r[2]).intValue();
            failed += r[3] == null ? 0 : ((Number) r[3]).intValue();
        }
        int total = byState.values().stream().mapToInt(Integer::intValue).sum();
        return new LedgerCounts(byState.getOrDefault(LedgerState.OPEN, 0), byState.getOrDefault(LedgerState.RECTIFIED, 0),
                byState.getOrDefault(LedgerState.VERIFIED, 0), byState.getOrDefault(LedgerState.CLOSED, 0), overdue, failed, total);
    }

    /** One item the actor sees; NOT_FOUND otherwise, exactly as a missing one. */
    public Uni<LedgerItem> item(ScopedActor actor, long id) {
        return reads.read(s -> s.createSelectionQuery("select i, u.path from LedgerItem i, Unit u where i.id = :id and u.id = i.unitId",
                        Object[].class).setParameter("id", id).getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new NotFoundException(LedgerService.NOT_FOUND);
                    }
                    LedgerItem item = (LedgerItem) rows.get(0)[0];
                    if (LedgerPolicy.sight(actor, item.unitId, (String) rows.get(0)[1]) == Sight.NONE) {
                        throw new NotFoundException(LedgerService.NOT_FOUND);
                    }
                    return item;
                });
    }

    public Uni<Map<Long, List<LedgerAction>>> actions(Collection<Long> itemIds) {
        return byItem("from LedgerAction a where a.itemId in :ids order by a.itemId, a.id", itemIds, LedgerAction.class, a -> a.itemId);
    }

    public Uni<Map<Long, List<LedgerEvent>>> events(Collection<Long> itemIds) {
        return byItem("from LedgerEvent e where e.itemId in :ids order by e.itemId, e.id", itemIds, LedgerEvent.class, e -> e.itemId);
    }

    public Uni<Map<Long, List<LedgerExtension>>> extensions(Collection<Long> itemIds) {
        return byItem("from LedgerExtension x where x.itemId in :ids order by x.itemId, x.id", itemIds, LedgerExtension.class,
                x -> x.itemId);
    }

    /** The evidence file ids of each item, in upload order. */
    public Uni<Map<Long, List<Long>>> fileIds(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createNativeQuery("SELECT item_id, file_id FROM evaluation_ledger_file WHERE item_id IN (:ids)"
                        + " ORDER BY item_id, file_id", Object[].class).setParameter("ids", itemIds).getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                        Collectors.mapping(r -> ((Number) r[1]).longValue(), Collectors.toList()))));
    }

    /** The names of the rounds by id. */
    public Uni<Map<Long, String>> roundNames(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("select r.id, r.name from EvaluationRound r where r.id in :ids", Object[].class)
                        .setParameter("ids", roundIds).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1])));
    }

    private <T> Uni<Map<Long, List<T>>> byItem(String hql, Collection<Long> ids, Class<T> type, Function<T, Long> item) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery(hql, type).setParameter("ids", ids).getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(item)));
    }
}
