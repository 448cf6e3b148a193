package cn.lvzhi.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The PostgreSQL calls the Hibernate transactions make for their side effects: a NOTIFY sent when the transaction
 * commits, and an advisory lock held until it ends, waited for or only tried.
 *
 * <p>They run as native statements that return no rows to Hibernate ({@code executeUpdate}), not as native selects.
 * Hibernate caches a native select's plan under its SQL and its result mapping, and Hibernate Reactive (3.2, and its
 * main branch as of 2026-08) wraps that mapping in a class without {@code equals}: no key equals an earlier one, so
 * each call of a native select adds a plan under the same hash. The NOTIFY every Hibernate write sends had filled the
 * plan cache (2,043 of its 2,048 places after a benchmark run), pushed the HQL plans out, and each lookup compared its
 * key with all of them in one hash bin. A native statement's plan is cached under its SQL alone
 * ({@code TransactionSignalsTest} counts the cache).
 */
public final class TransactionSignals {
    private TransactionSignals() {
    }

    /** NOTIFY on {@code channel} with {@code payload}, delivered when the session's transaction commits. */
    public static Uni<Void> notifyOnCommit(String channel, String payload) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", channel).setParameter("payload", payload).executeUpdate()).replaceWithVoid();
    }

    /**
     * Waits for, then holds until the session's transaction ends, the advisory lock named by {@code key}: two
     * transactions that take the same key run one after the other from this point.
     */
    public static Uni<Void> lockUntilEnd(String key) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", key).executeUpdate()).replaceWithVoid();
    }

    /**
     * Takes, without waiting, the advisory lock named by {@code key} until the session's transaction ends: true when
     * taken, false when another transaction holds it. (The statement returns its one row only when the lock was taken,
     * and a native statement answers with its count of rows.)
     */
    public static Uni<Boolean> tryLockUntilEnd(String key) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select 1 where pg_try_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", key).executeUpdate()).map(rows -> rows == 1);
    }
}
