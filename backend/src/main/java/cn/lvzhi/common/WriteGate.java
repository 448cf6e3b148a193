package cn.lvzhi.common;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of one kind of write transaction run at once in this process; the others wait in order
 * of arrival, holding neither a thread nor a connection.
 * <p>
 * Why: writes that end in one serial section of the database (the day's case-code counter row, the audit chain's
 * lock, both held to the commit) gain nothing from running side by side, and lose much. Sixteen reports at once
 * cost PostgreSQL 3.3 ms of CPU each, one at a time 0.7 ms (pgbench on the report's own statements, issue 15): the
 * waiters sleep on the row and the lock, wake, re-check and sleep again, and their commits cannot share a WAL flush
 * since each waits for the one before. In order, each write finds its locks free.
 * <p>
 * A waiter's work starts on the thread that frees the place, at once: the time between two writes is the database's
 * and the network's, not a wait for the waiter's own event loop to come round (under load, that loop is busy with other
 * requests, and every write behind it in the queue waited for that too). So the work must not need its request's
 * context (a statement on a pooled connection does not); its outcome is handed back on the context the waiter entered
 * from, where the caller goes on. A waiter cancelled before its turn is skipped; the place of one that ends — item,
 * failure or cancellation — goes to the next.
 */
public final class WriteGate {
    private final int places;
    private int running; // guarded by this
    private final ArrayDeque<Ticket> waiting = new ArrayDeque<>(); // guarded by this

    public WriteGate(int places) {
        if (places < 1) {
            throw new IllegalArgumentException("a write gate needs at least one place: " + places);
        }
        this.places = places;
    }

    /**
     * Runs {@code work}, assembled at once and subscribed to when a place is free, and gives the place back when it
     * ends. A supplier that throws takes no place.
     */
    public <T> Uni<T> through(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Ticket ticket = new Ticket(Vertx.currentContext());
            Uni<T> assembled = work.get(); // here, in the caller's context (propagated into its callbacks); lazy
            return Uni.createFrom().<Void>emitter(emitter -> enter(ticket, emitter))
                    .chain(() -> assembled)
                    .onTermination().invoke(() -> leave(ticket))
                    .emitOn(ticket::back);
        });
    }

    /** How many run now and how many wait (for tests and metrics). */
    public synchronized int[] load() {
        return new int[]{running, waiting.size()};
    }

    private void enter(Ticket ticket, UniEmitter<? super Void> emitter) {
        ticket.emitter = emitter;
        synchronized (this) {
            if (running >= places) {
                waiting.add(ticket);
                return;
            }
            running++;
            ticket.admitted = true;
        }
        emitter.complete(null); // on the caller's own thread: no hop
    }

    private void leave(Ticket ticket) {
        Ticket next;
        synchronized (this) {
            if (ticket.left) {
                return;
            }
            ticket.left = true;
            if (!ticket.admitted) { // cancelled while waiting
                waiting.remove(ticket);
                return;
            }
            next = waiting.poll();
            if (next == null) {
                running--;
                return;
            }
            next.admitted = true; // the place passes on: running stays
        }
        next.resume();
    }

    private static final class Ticket {
        /** The works this thread is to start, while it starts one: a work that ends at once passes its place on here. */
        private static final ThreadLocal<ArrayDeque<Ticket>> STARTING = new ThreadLocal<>();

        final Context context;
        UniEmitter<? super Void> emitter;
        boolean admitted;
        boolean left;

        Ticket(Context context) {
            this.context = context;
        }

        /** Starts the work on this thread; one after the other, not down the stack, when works end as they start. */
        void resume() {
            ArrayDeque<Ticket> starting = STARTING.get();
            if (starting != null) {
                starting.add(this);
                return;
            }
            starting = new ArrayDeque<>();
            STARTING.set(starting);
            try {
                for (Ticket next = this; next != null; next = starting.poll()) {
                    next.emitter.complete(null);
                }
            } finally {
                STARTING.remove();
            }
        }

        /** Runs an outcome's delivery on the waiter's own context (at once when already there). */
        void back(Runnable delivery) {
            if (context == null || Vertx.currentContext() == context) {
                delivery.run();
            } else {
                context.runOnContext(v -> delivery.run());
            }
        }
    }
}
