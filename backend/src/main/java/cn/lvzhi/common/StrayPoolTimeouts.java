package cn.lvzhi.common;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Arrays;

/**
 * Keeps a known defect of the reactive SQL pool out of the log while the database is down: when acquiring a
 * connection fails, the pool's acquisition timer is not cancelled and later fails the already-failed request again
 * (eclipse-vertx/vertx-sql-client#1706), which Vert.x reports as an uncaught exception with a stack trace — one per
 * failed request during an outage. The caller already got its error (UNAVAILABLE), so nothing is lost by dropping
 * these; every other uncaught exception still reaches Quarkus' own handler.
 */
@ApplicationScoped
public class StrayPoolTimeouts {
    private static final Logger LOG = Logger.getLogger(StrayPoolTimeouts.class);

    void install(@Observes StartupEvent started, Vertx vertx) {
        Handler<Throwable> previous = vertx.exceptionHandler();
        vertx.exceptionHandler(failure -> {
            if (isStrayPoolTimeout(failure)) {
                LOG.debug("pool acquisition timer fired for a request that had already failed (vertx-sql-client#1706)");
            } else if (previous != null) {
                previous.handle(failure);
            }
        });
    }

    static boolean isStrayPoolTimeout(Throwable failure) {
        return failure instanceof IllegalStateException && "Result is already complete".equals(failure.getMessage())
                && Arrays.stream(failure.getStackTrace()).anyMatch(
                        frame -> frame.getClassName().startsWith("io.vertx.sqlclient.impl.pool.SqlConnectionPool"));
    }
}
