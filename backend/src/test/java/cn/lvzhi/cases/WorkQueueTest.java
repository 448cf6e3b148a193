package cn.lvzhi.cases;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 待办 as a table: whose turn each piece of open work is, over the tree of {@link TestActors} (district centre 3,
 * township room 21 of township 20, department 10 with its office 15, department 11, the leader at /1/2/).
 */
class WorkQueueTest {
    static final String AREA = "/1/2/20/";

    static Dispatch dispatch(long from, long to, DispatchStatus status, boolean closed) {
        Dispatch d = new Dispatch();
        d.id = from * 100 + to;
        d.fromUnitId = from;
        d.toUnitId = to;
        d.status = status;
        d.closedAt = closed ? OffsetDateTime.now() : null;
        return d;
    }

    static Case caseIn(CaseStatus status) {
        Case c = new Case();
        c.id = 1L;
        c.status = status;
        c.areaPath = AREA;
        return c;
    }

    static Appeal appeal(long appellant) {
        Appeal a = new Appeal();
        a.id = 7L;
        a.status = AppealStatus.PENDING;
        a.appellantUnitId = appellant;
        return a;
    }

    /** The work of the table, by name. */
    static final Map<String, java.util.function.Function<ScopedActor, TodoKind>> WORK = Map.ofEntries(
            Map.entry("sentToDept10", a -> handling(a, dispatch(3, 10, DispatchStatus.SENT, false))),
            Map.entry("sentToOffice15", a -> handling(a, dispatch(10, 15, DispatchStatus.SENT, false))),
            Map.entry("closedHopToOffice15", a -> handling(a, dispatch(10, 15, DispatchStatus.SENT, true))),
            Map.entry("signedByDept10", a -> handling(a, dispatch(3, 10, DispatchStatus.SIGNED, false))),
            Map.entry("refusedByDept10", a -> handling(a, dispatch(3, 10, DispatchStatus.REFUSED, false))),
            Map.entry("repliedToCentre", a -> WorkQueue.toRate(a, dispatch(3, 10, DispatchStatus.REPLIED, false)) ? TodoKind.RATE : null),
            Map.entry("ratedByCentre", a -> WorkQueue.toRate(a, dispatch(3, 10, DispatchStatus.RATED, false)) ? TodoKind.RATE : null),
            Map.entry("repliedToDept10", a -> WorkQueue.toRate(a, dispatch(10, 15, DispatchStatus.REPLIED, false)) ? TodoKind.RATE : null),
            Map.entry("appealOfCentreRating", a -> WorkQueue.toDecide(a, appeal(10), AREA,
                    new AppealPolicy.Parties(3, "/1/2/3/", 10)) ? TodoKind.DECIDE : null),
            Map.entry("appealOfDept10Rating", a -> WorkQueue.toDecide(a, appeal(15), AREA,
                    new AppealPolicy.Parties(10, "/1/2/10/", 15)) ? TodoKind.DECIDE : null),
            Map.entry("reported", a -> commanding(a, caseIn(CaseStatus.REPORTED))),
            Map.entry("accepted", a -> commanding(a, caseIn(CaseStatus.ACCEPTED))),
            Map.entry("inProgress", a -> commanding(a, caseIn(CaseStatus.IN_PROGRESS))));

    static TodoKind handling(ScopedActor a, Dispatch d) {
        return WorkQueue.toSign(a, d) ? TodoKind.SIGN : WorkQueue.toReply(a, d) ? TodoKind.REPLY : null;
    }

    static TodoKind commanding(ScopedActor a, Case c) {
        return WorkQueue.toAccept(a, c) ? TodoKind.ACCEPT : WorkQueue.toDispatch(a, c) ? TodoKind.DISPATCH : null;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "centre     | ACCEPT accepted:DISPATCH appealOfDept10Rating:DECIDE repliedToCentre:RATE reported:ACCEPT",
            "room       | ACCEPT accepted:DISPATCH reported:ACCEPT",
            "dept10     | REPLY repliedToDept10:RATE sentToDept10:SIGN signedByDept10:REPLY",
            "staff15    | SIGN sentToOffice15:SIGN",
            "office15   | SIGN sentToOffice15:SIGN",
            "dept11     | -",
            "township20 | -",
            "leader     | DECIDE appealOfCentreRating:DECIDE appealOfDept10Rating:DECIDE",
            "grid       | -",
            "bianban    | -",
            "jiwei      | -",
            "otherCentre| -"})
    void theWorkWaitingForEachActor(String who, String expected) {
        ScopedActor a = TestActors.of(who.trim());
        TreeSet<String> got = new TreeSet<>();
        WORK.forEach((name, kind) -> {
            TodoKind k = kind.apply(a);
            if (k != null) {
                got.add(name + ":" + k);
            }
        });
        String[] words = expected.trim().split(" ");
        TreeSet<String> want = new TreeSet<>(List.of(words).subList(1, words.length));
        if (!"-".equals(words[0])) {
            assertTrue(got.stream().anyMatch(g -> g.endsWith(":" + words[0])), who + " has " + words[0] + " work: " + got);
        }
        assertEquals(want, got, who);
    }

    static TodoItem item(TodoKind kind, OffsetDateTime deadline, OffsetDateTime now, OffsetDateTime since, long id) {
        Dispatch d = dispatch(3, 10, DispatchStatus.SENT, false);
        d.id = id;
        return new TodoItem(kind, caseIn(CaseStatus.DISPATCHED), d, null, deadline, WorkQueue.overdue(deadline, now), since);
    }

    @Test
    void overdueFirstThenTheNearestDeadlineThenTheLongestWaiting() {
        OffsetDateTime now = OffsetDateTime.parse("2026-12-05T10:00:00+08:00");
        List<TodoItem> items = new ArrayList<>(List.of(
                item(TodoKind.RATE, null, now, now.minusDays(9), 1),
                item(TodoKind.REPLY, now.plusDays(3), now, now.minusDays(1), 2),
                item(TodoKind.SIGN, now.minusHours(1), now, now.minusDays(2), 3),
                item(TodoKind.SIGN, now.plusHours(2), now, now.minusDays(1), 4),
                item(TodoKind.REPLY, now.minusDays(2), now, now.minusDays(5), 5),
                item(TodoKind.RATE, null, now, now.minusDays(3), 6)));
        items.sort((x, y) -> WorkQueue.ORDER.compare(WorkQueue.Position.of(x), WorkQueue.Position.of(y)));
        assertEquals(List.of(5L, 3L, 4L, 2L, 1L, 6L), items.stream().map(i -> i.dispatch().id).toList());
        assertFalse(WorkQueue.overdue(null, now), "no deadline is never late");
        // a cursor is the position itself, read back exactly
        WorkQueue.Position p = WorkQueue.Position.of(items.get(2));
        assertEquals(p, WorkQueue.Position.decode(p.encode()));
        assertEquals(null, WorkQueue.Position.decode("1,2,x"));
    }
}
