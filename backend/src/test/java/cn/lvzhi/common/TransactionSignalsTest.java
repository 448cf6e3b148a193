package cn.lvzhi.common;

import io.quarkus.arc.ClientProxy;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The NOTIFY and the advisory locks of the Hibernate transactions: the lock orders two transactions of one key and no
 * others, a tried lock says whether it was taken, and calling any of them again reuses Hibernate's cached plan instead
 * of adding one per call (the NOTIFY as a native select had filled the plan cache with copies of itself).
 */
@QuarkusTest
class TransactionSignalsTest {
    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    StartupWarmUp warmUp;

    /**
     * How many query plans Hibernate holds in its cache now. Hibernate Reactive's session factory keeps the ORM one,
     * which owns the cache, in its field {@code delegate}, with no accessor.
     */
    private int cachedPlans() throws ReflectiveOperationException {
        Object factory = ClientProxy.unwrap(sessions);
        Field delegate = factory.getClass().getDeclaredField("delegate");
        delegate.setAccessible(true);
        return ((SessionFactoryImplementor) delegate.get(factory)).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }

    private static void inTransaction(Supplier<Uni<Void>> work) throws Exception {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void callingAnyOfThemAgainAddsNoCachedPlan() throws Exception {
        // the start's warm-up sends requests of every kind, which add their plans: counted after it
        for (int i = 0; i < 600 && !warmUp.done(); i++) {
            Thread.sleep(100);
        }
        assertTrue(warmUp.done(), "the warm-up ends within a minute");
        inTransaction(() -> TransactionSignals.notifyOnCommit("lvzhi_test_signals", "first")
                .chain(() -> TransactionSignals.lockUntilEnd("signals-test:first"))
                .chain(() -> TransactionSignals.tryLockUntilEnd("signals-test:tried")).replaceWithVoid());
        int before = cachedPlans();
        for (int i = 0; i < 40; i++) {
            String n = String.valueOf(i);
            inTransaction(() -> TransactionSignals.notifyOnCommit("lvzhi_test_signals", n)
                    .chain(() -> TransactionSignals.lockUntilEnd("signals-test:" + n))
                    .chain(() -> TransactionSignals.tryLockUntilEnd("signals-test:tried:" + n)).replaceWithVoid());
        }
        // a leaking statement would add 40 plans; the server's own jobs may add one or two meanwhile
        int added = cachedPlans() - before;
        assertTrue(added < 5, "120 more calls of the three statements reuse their three plans, added " + added);
    }

    /** The order in which two transactions finish when the first holds the lock of {@code firstKey} for a while. */
    private static List<String> finishingOrder(String firstKey, String secondKey) throws Exception {
        List<String> finished = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> firstHolds = new CompletableFuture<>();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                inTransaction(() -> TransactionSignals.lockUntilEnd(firstKey)
                        .invoke(() -> firstHolds.complete(null))
                        .onItem().delayIt().by(Duration.ofSeconds(2))
                        .invoke(() -> finished.add("first")));
            } catch (Exception e) {
                firstHolds.completeExceptionally(e);
                throw new IllegalStateException(e);
            }
        });
        firstHolds.get(30, TimeUnit.SECONDS);
        inTransaction(() -> TransactionSignals.lockUntilEnd(secondKey).invoke(() -> finished.add("second")));
        first.get(30, TimeUnit.SECONDS);
        return finished;
    }

    @Test
    void aTriedLockIsRefusedWhileAnotherTransactionHoldsItAndTakenOnceItEnds() throws Exception {
        String key = "signals-test:" + UUID.randomUUID();
        List<Boolean> tried = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> holds = new CompletableFuture<>();
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try {
                inTransaction(() -> TransactionSignals.tryLockUntilEnd(key).invoke(tried::add)
                        .invoke(() -> holds.complete(null))
                        .onItem().delayIt().by(Duration.ofSeconds(2)).replaceWithVoid());
            } catch (Exception e) {
                holds.completeExceptionally(e);
                throw new IllegalStateException(e);
            }
        });
        holds.get(30, TimeUnit.SECONDS);
        inTransaction(() -> TransactionSignals.tryLockUntilEnd(key).invoke(tried::add).replaceWithVoid());
        holder.get(30, TimeUnit.SECONDS);
        inTransaction(() -> TransactionSignals.tryLockUntilEnd(key).invoke(tried::add).replaceWithVoid());
        assertEquals(List.of(true, false, true), tried, "taken, refused while held, taken after the holder's end");
    }

    @Test
    void theLockOrdersTwoTransactionsOfOneKeyAndNoOthers() throws Exception {
        String key = "signals-test:" + UUID.randomUUID();
        assertEquals(List.of("first", "second"), finishingOrder(key, key),
                "the second waited for the first transaction's end");
        assertEquals(List.of("second", "first"), finishingOrder(key + ":a", key + ":b"), "another key does not wait");
    }
}
