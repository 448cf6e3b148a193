package cn.lvzhi.cases;

import cn.lvzhi.org.ScopedActor;

import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * 待办: whose turn a piece of open work is. It states no rule of its own: an item is the caller's when the policy of
 * that action would let the caller take it now — sign for or reply to a dispatch ({@link CasePolicy#handle}: the
 * receiving unit, a 科室's hop only its staff), rate a reply ({@link RatingPolicy}: only the dispatching unit, once),
 * decide an appeal ({@link AppealPolicy#decide}: the district centre or a unit above the rater, never the rater nor
 * the appellant), accept or first-dispatch a case ({@link CasePolicy#command}: the command centre of its area) — on
 * work in the state that action needs, never on a hop closed unfinished ({@link HopSettlement}).
 * <p>
 * The queue lists open work first by lateness: overdue items first, then the nearest deadline, then the longest
 * waiting ({@link #ORDER}).
 */
public final class WorkQueue {
    private WorkQueue() {
    }

    /** 待签收: a SENT dispatch the actor may handle. */
    public static boolean toSign(ScopedActor a, Dispatch d) {
        return d.closedAt == null && d.status == DispatchStatus.SENT && CasePolicy.handle(a, d).allowed();
    }

    /** 待反馈: a SIGNED dispatch the actor may handle. */
    public static boolean toReply(ScopedActor a, Dispatch d) {
        return d.closedAt == null && d.status == DispatchStatus.SIGNED && CasePolicy.handle(a, d).allowed();
    }

    /** 待评价: a replied, unrated dispatch the actor may rate. */
    public static boolean toRate(ScopedActor a, Dispatch d) {
        return d.closedAt == null && RatingPolicy.rateable(d.status).allowed() && RatingPolicy.rate(a, d).allowed();
    }

    /** 待处理申诉: a pending appeal the actor may decide. */
    public static boolean toDecide(ScopedActor a, Appeal appeal, String caseAreaPath, AppealPolicy.Parties parties) {
        return appeal.status == AppealStatus.PENDING && AppealPolicy.decide(a, caseAreaPath, parties).allowed();
    }

    /** 待受理: a case that may move to ACCEPTED, of the actor's command area. */
    public static boolean toAccept(ScopedActor a, Case c) {
        return CaseTransitions.allowed(c.status, CaseStatus.ACCEPTED) && CasePolicy.command(a, c.areaPath).allowed();
    }

    /** 待派单: an accepted case of the actor's command area, not yet dispatched. */
    public static boolean toDispatch(ScopedActor a, Case c) {
        return c.status == CaseStatus.ACCEPTED && CasePolicy.command(a, c.areaPath).allowed();
    }

    /** Is the item late at {@code now}: its deadline has passed. */
    public static boolean overdue(OffsetDateTime deadline, OffsetDateTime now) {
        return deadline != null && deadline.isBefore(now);
    }

    /** Where an item stands in the queue; also the cursor of a page (see {@link Position#encode}). */
    public record Position(boolean overdue, Long deadline, long since, int kind, long id) {
        static Position of(TodoItem item) {
            long id = item.appeal() != null ? item.appeal().id : item.dispatch() != null ? item.dispatch().id : item.caseFile().id;
            return new Position(item.overdue(), item.deadline() == null ? null : item.deadline().toInstant().toEpochMilli(),
                    item.since().toInstant().toEpochMilli(), item.kind().ordinal(), id);
        }

        String encode() {
            return (overdue ? 1 : 0) + "," + (deadline == null ? "" : deadline) + "," + since + "," + kind + "," + id;
        }

        /** The position a cursor names, or {@code null} when it is not one (the caller refuses it). */
        static Position decode(String key) {
            String[] p = key.split(",", -1);
            if (p.length != 5) {
                return null;
            }
            try {
                return new Position("1".equals(p[0]), p[1].isEmpty() ? null : Long.valueOf(p[1]), Long.parseLong(p[2]),
                        Integer.parseInt(p[3]), Long.parseLong(p[4]));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** Overdue first, then the nearest deadline (none last), then the longest waiting; kind and id make it total. */
    public static final Comparator<Position> ORDER = Comparator.comparing(Position::overdue).reversed()
            .thenComparing(Position::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Position::since)
            .thenComparingInt(Position::kind)
            .thenComparingLong(Position::id);
}
