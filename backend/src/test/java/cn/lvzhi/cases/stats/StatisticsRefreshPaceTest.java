package cn.lvzhi.cases.stats;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The refresh's pace: at most a tenth of the time, and the current month once writes pause (or half an hour after its
 * last turn), on a clock the test moves by hand (the refresh itself: StatisticsRollupTest).
 */
class StatisticsRefreshPaceTest {
    private final AtomicLong now = new AtomicLong(-5_000_000_000L); // nanoTime may be negative
    private final AtomicInteger runs = new AtomicInteger();
    private final StatisticsRefreshJob job = new StatisticsRefreshJob(null, now::get);

    /** A refresh that takes {@code length} on the clock. */
    private Integer runTaking(Duration length) {
        return job.paced(() -> {
            runs.incrementAndGet();
            now.addAndGet(length.toNanos());
            return Uni.createFrom().item(1);
        }).await().indefinitely();
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void aQuickRefreshRunsEveryTime() {
        assertEquals(1, runTaking(Duration.ofMillis(50)));
        advance(Duration.ofSeconds(10));
        assertEquals(1, runTaking(Duration.ofMillis(50)));
        assertEquals(2, runs.get());
    }

    @Test
    void aLongRefreshWaitsUntilItHadATenthOfTheTime() {
        runTaking(Duration.ofMillis(2600)); // a month at city scale
        advance(Duration.ofSeconds(10));    // the next scheduled run: 12.6 s after the last began
        assertNull(runTaking(Duration.ofMillis(2600)));
        advance(Duration.ofSeconds(10));    // 22.6 s
        assertNull(runTaking(Duration.ofMillis(2600)));
        advance(Duration.ofMillis(3400));   // 26 s: ten times its length
        assertEquals(1, runTaking(Duration.ofMillis(100)));
        advance(Duration.ofSeconds(1));     // a short one lets the next come soon again
        assertEquals(1, runTaking(Duration.ofMillis(100)));
        assertEquals(3, runs.get());
    }

    @Test
    void theCurrentMonthWaitsForWritesToPauseOrHalfAnHour() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        LocalDate december = LocalDate.of(2026, 12, 1);
        assertNull(job.before(today, 100), "the first run refreshes every marked month");
        advance(Duration.ofSeconds(10));
        assertEquals(december, job.before(today, 250), "marks keep coming: only the months before this one");
        advance(Duration.ofSeconds(10));
        assertEquals(december, job.before(today, 400));
        advance(Duration.ofSeconds(10));
        assertNull(job.before(today, 400), "no mark since the last run: the writes paused");
        advance(Duration.ofSeconds(10));
        assertEquals(december, job.before(today, 401), "a mark again, and the turn was just now");
        advance(Duration.ofMinutes(29).plusSeconds(49));
        assertEquals(december, job.before(today, 90_000));
        advance(Duration.ofSeconds(1));
        assertNull(job.before(today, 95_000), "half an hour after its last turn, writes or not");
        advance(Duration.ofSeconds(10));
        assertEquals(LocalDate.of(2027, 1, 1), job.before(LocalDate.of(2027, 1, 2), 96_000),
                "a new month: the old one is past");
    }

    @Test
    void aFailedRefreshIsPacedAsWell() {
        job.paced(() -> {
            runs.incrementAndGet();
            now.addAndGet(Duration.ofSeconds(3).toNanos());
            return Uni.createFrom().failure(new IllegalStateException("database away"));
        }).onFailure().recoverWithNull().await().indefinitely();
        advance(Duration.ofSeconds(10));
        assertNull(runTaking(Duration.ofMillis(10)));
        advance(Duration.ofSeconds(20));
        assertEquals(1, runTaking(Duration.ofMillis(10)));
        assertEquals(2, runs.get());
    }
}
