package cn.lvzhi.cases.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Brings the statistics rollup up to date: recomputes the months that writes marked since the last run from the
 * raw tables ({@code case_stat_refresh}, migration V39). Until then the statistics read those months raw, so the
 * answers are exact either way; the refresh only makes them fast again. The function holds an advisory lock, so
 * replicas refresh once.
 */
@ApplicationScoped
public class StatisticsRefreshJob {
    /** Months recomputed per run: at city scale a month takes a few seconds. */
    static final int MONTHS_PER_RUN = 2;
    private static final Logger LOG = Logger.getLogger(StatisticsRefreshJob.class);

    /**
     * One run; a failed one (the database away) is one line in the log, not a stack trace every ten seconds: the
     * marks stay, and the next run refreshes what this one could not.
     */
    @Scheduled(every = "${lvzhi.cases.stats-refresh-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return refresh(MONTHS_PER_RUN).onFailure().invoke(e -> LOG.warnf("statistics refresh run failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Recomputes up to {@code months} marked months; returns how many (0 when another replica is refreshing). */
    @WithTransaction
    public Uni<Integer> refresh(int months) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select case_stat_refresh(?1)", Integer.class)
                .setParameter(1, months).getSingleResult());
    }
}
