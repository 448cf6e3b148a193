package cn.lvzhi.common;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recognises a failure that says the database is out of reach rather than that the request was wrong: a refused,
 * dropped, broken or already closed connection, a pool that could not hand out one in time, or PostgreSQL's own "connection" (08…), "shutting
 * down / starting up" (57P01–57P03) and "too many connections" (53300) states. The reactive pool opens new
 * connections on demand, so once the database is back the next request succeeds without a restart.
 */
final class DatabaseOutage {
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private static final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);
    private static final AtomicLong unlogged = new AtomicLong();

    private DatabaseOutage() {
    }

    static boolean is(Throwable t) {
        if (t instanceof PgException pg) {
            String state = pg.getSqlState();
            return state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"));
        }
        return t instanceof SocketException || t instanceof ClosedChannelException
                || t instanceof ClosedConnectionException || t instanceof TimeoutException
                // what a connection the server dropped answers when used again; the driver gives it no own type
                || t instanceof NoStackTraceThrowable && t.getMessage() != null
                        && t.getMessage().startsWith("Connection is not active now")
                // a statement written to a connection the server has just dropped (a pipelined one, behind the
                // first): the socket's own error, as the JDK and netty's native transport word it
                || t instanceof IOException && t.getMessage() != null
                        && (t.getMessage().contains("Broken pipe") || t.getMessage().contains("Connection reset by peer"));
    }

    /**
     * The caller's error. An outage fails every request at once, so the log gets one line (no stack trace) per five
     * seconds with the count of the others, not a line per request.
     */
    static UnavailableException report(Throwable cause) {
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warnf("database unavailable (%s: %s); %d more such failures since the last line",
                    cause.getClass().getSimpleName(), cause.getMessage(), unlogged.getAndSet(0));
        } else {
            unlogged.incrementAndGet();
        }
        return new UnavailableException("服务暂时不可用，请稍后重试 (service temporarily unavailable, retry later)");
    }
}
