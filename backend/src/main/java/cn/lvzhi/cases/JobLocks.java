package cn.lvzhi.cases;

import cn.lvzhi.common.TransactionSignals;
import io.smallrye.mutiny.Uni;

/**
 * Keeps two runs of a job of the cases loop from overlapping (two replicas, or a test's run and the schedule's): each
 * run takes a PostgreSQL advisory lock scoped to its transaction, without waiting. A run that does not get it skips,
 * because another is running at that moment; the lock goes with the transaction's commit or rollback, so a crashed
 * replica holds nothing. That the schedule runs a job once per period across replicas is {@link JobPeriods}' part.
 */
public final class JobLocks {
    private JobLocks() {
    }

    /** True when this transaction took the job's lock; false when another transaction holds it. */
    public static Uni<Boolean> tryLock(String job) {
        return TransactionSignals.tryLockUntilEnd("lvzhi-job:" + job);
    }
}
