package cn.lvzhi.cases.stats;

import cn.lvzhi.cases.WorkingDays;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Brings the statistics rollup up to date: recomputes the months that writes marked since the last run from the
 * raw tables ({@code case_stat_refresh}, migration V39). Until then the statistics read those months raw, so the
 * answers are exact either way; the refresh only makes them fast again. The function holds an advisory lock, so
 * replicas refresh once.
 * <p>
 * While reports keep coming, the current month is marked again within moments of each refresh, so refreshing it
 * more often buys little; and at city scale one month takes seconds of the database's CPU (2.6 s at a million
 * cases, issue 15). A run therefore waits until the refresh has had at most a tenth of the time since the last one
 * began ({@link #SHARE}): every ten seconds at demo scale, every 26 s or so at a city's.
 * <p>
 * The current month waits besides for writes to pause: it has its turn when no mark was written since the run
 * before, or {@link #CURRENT_MONTH_EVERY} after its last turn. Under steady writes it is marked again at once, and a
 * statistics read of it ends at the present (a month not yet whole), which reads it raw anyway: refreshing a month
 * that 500 reports a second fill (8 s of a core at 130k cases) every few seconds took a tenth of the machine for
 * nothing. The earlier months keep the pace above. Marks written are counted by PostgreSQL's statistics of
 * {@code case_stat_dirty} ({@code n_tup_ins}), which writers report within a second or so, and idle ones within ten.
 */
@ApplicationScoped
public class StatisticsRefreshJob {
    /** Months recomputed per run: at city scale a month takes a few seconds. */
    static final int MONTHS_PER_RUN = 2;
    /** The share of the time refreshes may take, at most. */
    static final int SHARE = 10;
    /** The longest the current month waits for writes to pause. */
    static final Duration CURRENT_MONTH_EVERY = Duration.ofMinutes(30);
    private static final String MARKS_WRITTEN =
            "select n_tup_ins from pg_stat_user_tables where relid = 'case_stat_dirty'::regclass";
    private static final Logger LOG = Logger.getLogger(StatisticsRefreshJob.class);

    private final LongSupplier clock;
    /** Whether a run has started, and when the next may start (the clock's nanoseconds); one run at a time (SKIP). */
    private volatile boolean ran;
    private volatile long nextRun;
    /** Whether the current month had its turn, and when the next comes at the latest. */
    private volatile boolean currentMonthRan;
    private volatile long currentMonthNext;
    /** The marks written so far as the last run counted them (-1: not yet counted). */
    private volatile long marksWritten = -1;

    /**
     * The connections it refreshes on: the job's two statements go through the pool rather than Hibernate, whose
     * native selects each leave a plan in its cache (see {@code TransactionSignals}); run every ten seconds, they
     * would fill it within hours.
     */
    private final Pool pool;

    @Inject
    public StatisticsRefreshJob(Pool pool) {
        this(pool, System::nanoTime);
    }

    StatisticsRefreshJob(Pool pool, LongSupplier clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * One run; a failed one (the database away) is one line in the log, not a stack trace every ten seconds: the
     * marks stay, and the next run refreshes what this one could not.
     */
    @Scheduled(every = "${lvzhi.cases.stats-refresh-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return paced(() -> refresh(MONTHS_PER_RUN, LocalDate.now(WorkingDays.ZONE)))
                .onFailure().invoke(e -> LOG.warnf("statistics refresh run failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Runs {@code refresh} unless the last one was too recent for its length; null when skipped. */
    Uni<Integer> paced(Supplier<Uni<Integer>> refresh) {
        long start = clock.getAsLong();
        if (ran && start - nextRun < 0) {
            return Uni.createFrom().nullItem();
        }
        ran = true;
        nextRun = start;
        return Uni.createFrom().deferred(() -> refresh.get())
                .onTermination().invoke(() -> nextRun = start + (clock.getAsLong() - start) * SHARE);
    }

    /**
     * The month a run leaves out, with every later one, given the marks written so far: {@code today}'s, unless its
     * turn has come (then null: none).
     */
    LocalDate before(LocalDate today, long marks) {
        long now = clock.getAsLong();
        boolean paused = marks == marksWritten;
        marksWritten = marks;
        if (currentMonthRan && !paused && now - currentMonthNext < 0) {
            return today.withDayOfMonth(1);
        }
        currentMonthRan = true;
        currentMonthNext = now + CURRENT_MONTH_EVERY.toNanos();
        return null;
    }

    /**
     * Recomputes up to {@code months} marked months, oldest first, before {@code today}'s unless its turn has come
     * ({@link #before}); returns how many (0 when another replica is refreshing).
     */
    public Uni<Integer> refresh(int months, LocalDate today) {
        return pool.withTransaction(c -> c.query(MARKS_WRITTEN).execute()
                .chain(marks -> {
                    LocalDate before = before(today, marks.iterator().next().getLong(0));
                    return before == null
                            ? c.preparedQuery("select case_stat_refresh($1)").execute(Tuple.of(months))
                            : c.preparedQuery("select case_stat_refresh($1, $2)").execute(Tuple.of(months, before));
                })
                .map(refreshed -> refreshed.iterator().next().getInteger(0)));
    }
}
