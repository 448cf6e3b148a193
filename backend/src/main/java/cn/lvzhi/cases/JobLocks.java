package cn.lvzhi.cases;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Runs a scheduled job of the cases loop once across replicas: each run takes a PostgreSQL advisory lock scoped to
 * its transaction, without waiting. A replica that does not get it skips the run, because another replica is running
 * it at that moment; the lock goes with the transaction's commit or rollback, so a crashed replica holds nothing.
 */
public final class JobLocks {
    private JobLocks() {
    }

    /** True when this transaction took the job's lock; false when another transaction holds it. */
    public static Uni<Boolean> tryLock(String job) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))", Boolean.class)
                .setParameter(1, "lvzhi-job:" + job).getSingleResult());
    }
}
