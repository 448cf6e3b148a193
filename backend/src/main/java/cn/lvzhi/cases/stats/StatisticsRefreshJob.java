package cn.lvzhi.cases.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

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
 */
@ApplicationScoped
public class StatisticsRefreshJob {
    /** Months recomputed per run: at city scale a month takes a few seconds. */
    static final int MONTHS_PER_RUN = 2;
    /** The share of the time refreshes may take, at most. */
    static final int SHARE = 10;
    private static final Logger LOG = Logger.getLogger(StatisticsRefreshJob.class);

    private final LongSupplier clock;
    /** Whether a run has started, and when the next may start (the clock's nanoseconds); one run at a time (SKIP). */
    private volatile boolean ran;
    private volatile long nextRun;

    public StatisticsRefreshJob() {
        this(System::nanoTime);
    }

    StatisticsRefreshJob(LongSupplier clock) {
        this.clock = clock;
    }

    /**
     * One run; a failed one (the database away) is one line in the log, not a stack trace every ten seconds: the
     * marks stay, and the next run refreshes what this one could not.
     */
    @Scheduled(every = "${lvzhi.cases.stats-refresh-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return paced(() -> refresh(MONTHS_PER_RUN)).onFailure().invoke(e -> LOG.warnf("statistics refresh run failed: %s", e.toString()))
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

    /** Recomputes up to {@code months} marked months; returns how many (0 when another replica is refreshing). */
    @WithTransaction
    public Uni<Integer> refresh(int months) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select case_stat_refresh(?1)", Integer.class)
                .setParameter(1, months).getSingleResult());
    }
}
