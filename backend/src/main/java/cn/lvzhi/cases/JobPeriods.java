package cn.lvzhi.cases;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Runs a scheduled job once per period across replicas. Every replica fires the same schedule, each at its own
 * moment; the periods are the schedule's interval counted from the epoch, so all replicas agree on them. A run first
 * claims its period in {@code job_period} with one upsert, committed at once: the row lock makes a second claimant
 * wait for the first and then find the period taken, so it skips the run instead of scanning again. A claimed run
 * that then fails leaves its period done; the next period catches up, since what the jobs do follows from the data
 * ({@link JobLocks} still keeps two runs of one job, e.g. a test's and the schedule's, from overlapping).
 */
@ApplicationScoped
public class JobPeriods {
    private static final String CLAIM = """
            INSERT INTO job_period (job, period_start, claimed_by, claimed_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (job) DO UPDATE SET period_start = excluded.period_start, claimed_by = excluded.claimed_by,
                   claimed_at = excluded.claimed_at, runs = job_period.runs + 1
             WHERE job_period.period_start < excluded.period_start
            RETURNING job""";

    private final Pool pool;
    private final String instance;

    public JobPeriods(Pool pool, @ConfigProperty(name = "lvzhi.audit.checkpoint-instance") String instance) {
        this.pool = pool;
        this.instance = instance; // the instance's name: the pod's in a cluster, replica-numbered by scripts/stack.sh
    }

    /** True when this replica claimed the period of {@code every} (a schedule's interval, e.g. "10m") holding {@code now}. */
    public Uni<Boolean> claim(String job, String every, OffsetDateTime now) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(job, periodStart(every, now), instance, now))
                .map(rows -> rows.rowCount() == 1);
    }

    /** The start of the period of {@code every} that holds {@code now}, counted from the epoch. */
    static OffsetDateTime periodStart(String every, OffsetDateTime now) {
        long period = DurationConverter.parseDuration(every).toMillis();
        if (period <= 0) {
            throw new IllegalArgumentException("not a schedule interval: " + every);
        }
        long at = now.toInstant().toEpochMilli();
        return Instant.ofEpochMilli(at - Math.floorMod(at, period)).atOffset(ZoneOffset.UTC);
    }
}
