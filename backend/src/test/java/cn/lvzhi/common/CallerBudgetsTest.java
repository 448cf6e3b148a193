package cn.lvzhi.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each caller's concurrency and cost budget, on a clock the test moves by hand. */
class CallerBudgetsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private CallerBudgets budgets(int maxConcurrent, long budget) {
        return new CallerBudgets(maxConcurrent, budget, Duration.ofSeconds(60), Duration.ofSeconds(20), now::get);
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void aCallerAtItsConcurrencyLimitIsRefusedUntilARequestEnds() {
        CallerBudgets b = budgets(2, 1000);
        CallerBudgets.Permit first = b.admit("alice", 1);
        b.admit("alice", 1);
        var refused = assertThrows(CallerBudgets.Refused.class, () -> b.admit("alice", 1));
        assertEquals(1, refused.retryAfterSeconds());
        assertDoesNotThrow(() -> b.admit("bob", 1), "another caller is not affected");
        first.release();
        first.release(); // twice is harmless: it must not free a second slot
        b.admit("alice", 1);
        assertThrows(CallerBudgets.Refused.class, () -> b.admit("alice", 1));
    }

    @Test
    void theCostBudgetRefillsEvenlyOverTheWindowAndTheHintSaysWhen() {
        CallerBudgets b = budgets(100, 600);
        b.admit("alice", 500).release();
        var refused = assertThrows(CallerBudgets.Refused.class, () -> b.admit("alice", 200));
        // 100 left, 100 more needed at 10 per second
        assertEquals(10, refused.retryAfterSeconds());
        advance(Duration.ofSeconds(10));
        b.admit("alice", 200).release();
        assertDoesNotThrow(() -> b.admit("bob", 600), "another caller has its own budget");
    }

    @Test
    void aDocumentCostingMoreThanTheWholeBudgetStillRunsOnAFullBudget() {
        CallerBudgets b = budgets(100, 600);
        b.admit("alice", 5000).release();
        assertThrows(CallerBudgets.Refused.class, () -> b.admit("alice", 1));
    }

    @Test
    void aPermitNeverReturnedStopsCountingAfterTheStaleTime() {
        CallerBudgets b = budgets(1, 1000);
        b.admit("alice", 1);
        assertThrows(CallerBudgets.Refused.class, () -> b.admit("alice", 1));
        advance(Duration.ofSeconds(21));
        assertDoesNotThrow(() -> b.admit("alice", 1));
    }

    @Test
    void idleCallersAreForgottenSoMemoryStaysBounded() {
        CallerBudgets b = budgets(4, 1000);
        for (int i = 0; i < 1000; i++) {
            b.admit("user-" + i, 10).release();
        }
        CallerBudgets.Permit busy = b.admit("busy", 10);
        assertTrue(b.remembered() >= 1000);
        advance(Duration.ofSeconds(1)); // long enough to refill 10 of 1000 per minute, short of the stale time
        b.sweep();
        assertEquals(1, b.remembered(), "only the caller with a request in flight is kept");
        busy.release();
        b.sweep();
        assertEquals(0, b.remembered());
    }
}
