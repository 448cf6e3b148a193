package cn.lvzhi.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * What each caller (a token subject: a user, or a third-party system's client) may have the GraphQL engine do:
 * at most {@code maxConcurrent} requests at once, and a budget of document cost (see {@link QueryMeasure#cost()})
 * that refills evenly over a window. A caller over either limit is refused with a retry hint and its request
 * does no work, so one caller's flood cannot take the service from the others.
 * <p>
 * Memory stays bounded: a caller idle for a whole window (no request in flight, budget full again) is forgotten,
 * which is the same as never having been seen. A permit its request never returned (a failure path that skipped
 * the release) stops counting after {@code staleAfter}, so a caller is never locked out for good.
 */
public final class CallerBudgets {
    /** Sweeps forgotten callers once per this many admissions. */
    private static final int SWEEP_EVERY = 256;

    private final int maxConcurrent;
    private final long budget;
    private final long windowNanos;
    private final long staleNanos;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Caller> callers = new ConcurrentHashMap<>();
    private final AtomicLong admissions = new AtomicLong();

    public CallerBudgets(int maxConcurrent, long budget, Duration window, Duration staleAfter, LongSupplier nanoClock) {
        if (maxConcurrent < 1 || budget < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("caller limits must be positive");
        }
        this.maxConcurrent = maxConcurrent;
        this.budget = budget;
        this.windowNanos = window.toNanos();
        this.staleNanos = staleAfter.toNanos();
        this.clock = nanoClock;
    }

    /** A request's place within its caller's limits; {@link #release()} may be called more than once. */
    public static final class Permit {
        private final Caller caller;
        private final long since;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(Caller caller, long since) {
            this.caller = caller;
            this.since = since;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                caller.release(this);
            }
        }
    }

    /** The caller is over a limit: it may try again after {@code retryAfterSeconds}. */
    public static final class Refused extends RuntimeException {
        private final long retryAfterSeconds;

        Refused(long retryAfterSeconds) {
            super("请求过于频繁，请 " + retryAfterSeconds + " 秒后重试 (too many requests: retry in "
                    + retryAfterSeconds + " s)", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /**
     * Takes a concurrency slot and {@code cost} from the caller's budget.
     *
     * @throws Refused when the caller already has {@code maxConcurrent} requests in flight or too little budget left
     */
    public Permit admit(String caller, long cost) {
        if (admissions.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep();
        }
        while (true) {
            Caller state = callers.computeIfAbsent(caller, k -> new Caller(budget, clock.getAsLong()));
            synchronized (state) {
                if (state.forgotten) {
                    continue;
                }
                return state.admit(Math.min(cost, budget));
            }
        }
    }

    /** How many callers are remembered (for tests of the memory bound). */
    int remembered() {
        return callers.size();
    }

    /** Forgets callers with nothing in flight whose budget has refilled: they are as good as new. */
    void sweep() {
        long now = clock.getAsLong();
        callers.forEach((name, state) -> {
            synchronized (state) {
                state.refill(now);
                state.dropStale(now);
                if (state.inFlight.isEmpty() && state.tokens >= budget) {
                    state.forgotten = true;
                    callers.remove(name, state);
                }
            }
        });
    }

    /** One caller's requests in flight and remaining budget (guarded by its own monitor). */
    private final class Caller {
        private final List<Permit> inFlight = new ArrayList<>();
        private double tokens;
        private long refilledAt;
        private boolean forgotten;

        Caller(long tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        Permit admit(long cost) {
            long now = clock.getAsLong();
            refill(now);
            dropStale(now);
            if (inFlight.size() >= maxConcurrent) {
                throw new Refused(1);
            }
            if (tokens < cost) {
                double perSecond = budget * 1e9 / windowNanos;
                throw new Refused(Math.max(1, (long) Math.ceil((cost - tokens) / perSecond)));
            }
            tokens -= cost;
            Permit permit = new Permit(this, now);
            inFlight.add(permit);
            return permit;
        }

        void refill(long now) {
            tokens = Math.min(budget, tokens + (double) budget * (now - refilledAt) / windowNanos);
            refilledAt = now;
        }

        void dropStale(long now) {
            inFlight.removeIf(p -> now - p.since > staleNanos);
        }

        synchronized void release(Permit permit) {
            inFlight.remove(permit);
        }
    }
}
