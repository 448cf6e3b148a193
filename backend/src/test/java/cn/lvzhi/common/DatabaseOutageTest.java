package cn.lvzhi.common;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the API answers when the database is out of reach: UNAVAILABLE (retryable), however deep the driver's failure
 * is wrapped; what it answers for database errors that are not an outage stays as it was. The whole path, with
 * PostgreSQL killed under load, is exercised by scripts/faults.sh.
 */
class DatabaseOutageTest {

    @Test
    void refusedConnectionIsUnavailable() {
        ApiException e = ApiErrorsInterceptor.toApiException(
                new CompletionException(new ConnectException("Connection refused: /127.0.0.1:5432")));
        assertInstanceOf(UnavailableException.class, e);
        assertTrue(e.getMessage().endsWith("(service temporarily unavailable, retry later)"), e.getMessage());
    }

    @Test
    void connectionDroppedMidQueryIsUnavailable() {
        assertInstanceOf(UnavailableException.class, ApiErrorsInterceptor.toApiException(new HibernateException("commit failed", ClosedConnectionException.INSTANCE)));
    }

    @Test
    void connectionTheServerClosedIsUnavailable() {
        assertInstanceOf(UnavailableException.class, ApiErrorsInterceptor.toApiException(new HibernateException(
                new NoStackTraceThrowable("Connection is not active now, current status: CLOSED"))));
        assertInstanceOf(InternalException.class,
                ApiErrorsInterceptor.toApiException(new NoStackTraceThrowable("something else")));
    }

    @Test
    void aStatementWrittenToAConnectionTheServerDroppedIsUnavailable() {
        // a report's transaction is pipelined: the statements behind the first meet the closed socket
        assertInstanceOf(UnavailableException.class, ApiErrorsInterceptor.toApiException(new IOException("Broken pipe")));
        assertInstanceOf(UnavailableException.class, ApiErrorsInterceptor.toApiException(
                new CompletionException(new IOException("recvAddress(..) failed: Connection reset by peer"))));
        assertInstanceOf(InternalException.class, ApiErrorsInterceptor.toApiException(new IOException("Stream closed")));
    }

    @Test
    void poolTimerFiringForAnAlreadyFailedRequestIsRecognised() {
        IllegalStateException stray = new IllegalStateException("Result is already complete");
        stray.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.vertx.core.Promise", "fail", "Promise.java", 90),
                new StackTraceElement("io.vertx.sqlclient.impl.pool.SqlConnectionPool", "lambda$execute$3", "SqlConnectionPool.java", 216)});
        assertTrue(StrayPoolTimeouts.isStrayPoolTimeout(stray));
        assertFalse(StrayPoolTimeouts.isStrayPoolTimeout(new IllegalStateException("Result is already complete")));
        assertFalse(StrayPoolTimeouts.isStrayPoolTimeout(new IllegalStateException("other")));
    }

    @Test
    void postgresShuttingDownStartingUpOrOutOfConnectionsIsUnavailable() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "08006", "08001", "53300"}) {
            assertInstanceOf(UnavailableException.class, ApiErrorsInterceptor.toApiException(new PgException("down", "FATAL", state, null)), state);
        }
    }

    @Test
    void poolGivingNoConnectionInTimeIsUnavailable() {
        assertInstanceOf(UnavailableException.class, ApiErrorsInterceptor.toApiException(new io.vertx.core.impl.NoStackTraceTimeoutException("Timeout")));
    }

    @Test
    void otherDatabaseErrorsAreNotUnavailable() {
        assertInstanceOf(ConflictException.class, ApiErrorsInterceptor.toApiException(new PgException("dup", "ERROR", "23505", null)));
        assertInstanceOf(InternalException.class, ApiErrorsInterceptor.toApiException(new PgException("bad", "ERROR", "22P02", null)));
        assertInstanceOf(InternalException.class, ApiErrorsInterceptor.toApiException(new PgException("cancel", "ERROR", "57014", null)));
    }
}
