package cn.lvzhi.cases;

import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The caller's 待办 queue. Each kind of work is read by one query narrowed, through an index, to the rows the work
 * could belong to — dispatches to or from the unit the caller acts for (V24's partial indexes), pending appeals,
 * cases waiting in REPORTED or ACCEPTED — and to what the caller sees ({@link CaseReads#seesDispatch},
 * {@link CaseVisibility#condition}); {@link WorkQueue} then keeps the items whose action the caller may take now.
 * The queue of one unit is its open work (tens of items), so it is ordered and counted in memory after those reads,
 * all in one read session.
 */
@ApplicationScoped
public class TodoReads {
    private static final String BAD_CURSOR = "分页游标无效 (invalid cursor)";

    private final ReadSessions reads;

    public TodoReads(ReadSessions reads) {
        this.reads = reads;
    }

    /** A page of the actor's items of these kinds (all kinds when none is named), overdue first, with the counts. */
    public Uni<TodoConnection> queue(ScopedActor a, Collection<TodoKind> kinds, Integer first, String after) {
        int size = Paging.pageSize(first);
        if (kinds != null && kinds.contains(null)) {
            throw new ValidationException("kinds", "待办类型不能为空值 (a kind is null)");
        }
        Set<TodoKind> asked = kinds == null || kinds.isEmpty() ? EnumSet.allOf(TodoKind.class) : EnumSet.copyOf(kinds);
        WorkQueue.Position cursor = cursor(after);
        OffsetDateTime now = OffsetDateTime.now();
        return reads.read(s -> load(s, a, asked, now)).map(items -> page(items, asked, cursor, size));
    }

    private static WorkQueue.Position cursor(String after) {
        String key = Paging.decode(after);
        if (key == null) {
            return null;
        }
        WorkQueue.Position p = WorkQueue.Position.decode(key);
        if (p == null) {
            throw new ValidationException("after", BAD_CURSOR);
        }
        return p;
    }

    private static TodoConnection page(List<TodoItem> items, Set<TodoKind> asked, WorkQueue.Position cursor, int size) {
        List<TodoItem> sorted = items.stream().filter(i -> asked.contains(i.kind()))
                .sorted((x, y) -> WorkQueue.ORDER.compare(WorkQueue.Position.of(x), WorkQueue.Position.of(y))).toList();
        List<TodoCount> counts = Arrays.stream(TodoKind.values()).filter(asked::contains)
                .map(k -> new TodoCount(k, (int) sorted.stream().filter(i -> i.kind() == k).count(),
                        (int) sorted.stream().filter(i -> i.kind() == k && i.overdue()).count()))
                .toList();
        List<TodoItem> rest = cursor == null ? sorted
                : sorted.stream().filter(i -> WorkQueue.ORDER.compare(WorkQueue.Position.of(i), cursor) > 0).toList();
        return Paging.connection(rest.subList(0, Math.min(size + 1, rest.size())), size, sorted.size(),
                i -> WorkQueue.Position.of(i).encode(), TodoConnection.TodoEdge::new,
                (edges, info, total) -> new TodoConnection(edges, info, total, counts));
    }

    private static Uni<List<TodoItem>> load(Mutiny.StatelessSession s, ScopedActor a, Set<TodoKind> asked, OffsetDateTime now) {
        List<TodoItem> items = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (asked.contains(TodoKind.SIGN) || asked.contains(TodoKind.REPLY)) {
            chain = chain.chain(() -> handling(s, a, now)).invoke(items::addAll).replaceWithVoid();
        }
        if (asked.contains(TodoKind.RATE)) {
            chain = chain.chain(() -> rating(s, a)).invoke(items::addAll).replaceWithVoid();
        }
        if (asked.contains(TodoKind.DECIDE)) {
            chain = chain.chain(() -> deciding(s, a)).invoke(items::addAll).replaceWithVoid();
        }
        if (asked.contains(TodoKind.ACCEPT) || asked.contains(TodoKind.DISPATCH)) {
            chain = chain.chain(() -> commanding(s, a, now)).invoke(items::addAll).replaceWithVoid();
        }
        return chain.map(x -> items);
    }

    private static Uni<List<Object[]>> rows(Mutiny.StatelessSession s, String hql, Map<String, Object> params) {
        var q = s.createSelectionQuery(hql, Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** Open dispatches to the unit the actor acts for: to sign (待签收) or to reply to (待反馈). */
    private static Uni<List<TodoItem>> handling(Mutiny.StatelessSession s, ScopedActor a, OffsetDateTime now) {
        Map<String, Object> params = new HashMap<>();
        String hql = "select d, c from Dispatch d join CaseFile c on c.id = d.caseId where d.toUnitId = :acting"
                + " and d.status in :open and d.closedAt is null and " + CaseReads.seesDispatch(a, params);
        params.put("acting", a.actingUnitId());
        params.put("open", List.of(DispatchStatus.SENT, DispatchStatus.SIGNED));
        return rows(s, hql, params).map(found -> {
            List<TodoItem> items = new ArrayList<>();
            for (Object[] r : found) {
                Dispatch d = (Dispatch) r[0];
                Case c = (Case) r[1];
                if (WorkQueue.toSign(a, d)) {
                    items.add(new TodoItem(TodoKind.SIGN, c, d, null, d.signDeadline, WorkQueue.overdue(d.signDeadline, now), d.sentAt));
                } else if (WorkQueue.toReply(a, d)) {
                    items.add(new TodoItem(TodoKind.REPLY, c, d, null, d.handleDeadline, WorkQueue.overdue(d.handleDeadline, now),
                            d.signedAt == null ? d.sentAt : d.signedAt));
                }
            }
            return items;
        });
    }

    /** Replies to dispatches the unit the actor acts for sent, unrated (待评价). */
    private static Uni<List<TodoItem>> rating(Mutiny.StatelessSession s, ScopedActor a) {
        Map<String, Object> params = new HashMap<>();
        String hql = "select d, c from Dispatch d join CaseFile c on c.id = d.caseId where d.fromUnitId = :acting"
                + " and d.status = :replied and d.closedAt is null and " + CaseReads.seesDispatch(a, params);
        params.put("acting", a.actingUnitId());
        params.put("replied", DispatchStatus.REPLIED);
        return rows(s, hql, params).map(found -> found.stream()
                .filter(r -> WorkQueue.toRate(a, (Dispatch) r[0]))
                .map(r -> {
                    Dispatch d = (Dispatch) r[0];
                    return new TodoItem(TodoKind.RATE, (Case) r[1], d, null, null, false, d.repliedAt == null ? d.sentAt : d.repliedAt);
                }).toList());
    }

    /** Pending appeals the actor sees and may decide (待处理申诉). */
    private static Uni<List<TodoItem>> deciding(Mutiny.StatelessSession s, ScopedActor a) {
        Map<String, Object> params = new HashMap<>();
        String hql = "select ap, d, c, ru.path, ar.raterUnitId from Appeal ap join Rating ar on ar.id = ap.ratingId"
                + " join Dispatch d on d.id = ar.dispatchId join CaseFile c on c.id = ap.caseId join Unit ru on ru.id = ar.raterUnitId"
                + " where ap.status = :pending and " + CaseReads.seesDispatch(a, params);
        params.put("pending", AppealStatus.PENDING);
        return rows(s, hql, params).map(found -> found.stream()
                .filter(r -> {
                    Appeal ap = (Appeal) r[0];
                    Case c = (Case) r[2];
                    return WorkQueue.toDecide(a, ap, c.areaPath, new AppealPolicy.Parties((Long) r[4], (String) r[3], ap.appellantUnitId));
                })
                .map(r -> {
                    Appeal ap = (Appeal) r[0];
                    return new TodoItem(TodoKind.DECIDE, (Case) r[2], (Dispatch) r[1], ap, null, false, ap.appealedAt);
                }).toList());
    }

    /** Cases the actor sees that wait to be accepted (待受理) or first dispatched (待派单) by their command centre. */
    private static Uni<List<TodoItem>> commanding(Mutiny.StatelessSession s, ScopedActor a, OffsetDateTime now) {
        Map<String, Object> params = new HashMap<>();
        String hql = "select c from CaseFile c where c.status in :waiting and " + CaseVisibility.condition(a, params);
        params.put("waiting", List.of(CaseStatus.REPORTED, CaseStatus.ACCEPTED));
        var q = s.createSelectionQuery(hql, Case.class);
        params.forEach(q::setParameter);
        return q.getResultList().map(found -> {
            List<TodoItem> items = new ArrayList<>();
            for (Case c : found) {
                if (WorkQueue.toAccept(a, c)) {
                    items.add(new TodoItem(TodoKind.ACCEPT, c, null, null, c.deadline, WorkQueue.overdue(c.deadline, now), c.reportedAt));
                } else if (WorkQueue.toDispatch(a, c)) {
                    items.add(new TodoItem(TodoKind.DISPATCH, c, null, null, c.deadline, WorkQueue.overdue(c.deadline, now),
                            c.updatedAt == null ? c.reportedAt : c.updatedAt));
                }
            }
            return items;
        });
    }
}
