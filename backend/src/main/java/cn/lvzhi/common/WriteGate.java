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
 * A waiter resumes on the Vert.x context it entered from (its request's), so the work runs where it would have run
 * without the gate. A waiter cancelled before its turn is skipped; the place of one that ends — item, failure or
 * cancellation — goes to the next.
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

    /** Runs {@code work} (subscribed to when a place is free) and gives the place back when it ends. */
    public <T> Uni<T> through(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Ticket ticket = new Ticket(Vertx.currentContext());
            return Uni.createFrom().<Void>emitter(emitter -> enter(ticket, emitter))
                    .chain(() -> work.get())
                    .onTermination().invoke(() -> leave(ticket));
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
        final Context context;
        UniEmitter<? super Void> emitter;
        boolean admitted;
        boolean left;

        Ticket(Context context) {
            this.context = context;
        }

        void resume() {
            if (context == null) {
                emitter.complete(null);
            } else {
                context.runOnContext(v -> emitter.complete(null));
            }
        }
    }
}
