package cn.lvzhi.common;

import io.quarkus.logging.LoggingFilter;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps a client's mistake out of the server's error log. SmallRye GraphQL logs every exception a field throws at
 * ERROR (SRGQL012000), including the ones we throw on purpose to refuse a request — invalid input, a forbidden
 * action, a stale version, a missing record. The caller already got a clear error naming the problem and refusals
 * are kept by {@link DeniedActions}, so these lines only bury real failures for whoever watches the log. A failure
 * of the server itself ({@link InternalException}, {@link UnavailableException}) or any exception we did not throw
 * on purpose is still logged.
 */
@LoggingFilter(name = "client-mistakes")
public final class ClientMistakes implements Filter {
    @Override
    public boolean isLoggable(LogRecord record) {
        return !isClientMistake(record.getThrown());
    }

    static boolean isClientMistake(Throwable thrown) {
        return thrown instanceof ApiException
                && !(thrown instanceof InternalException) && !(thrown instanceof UnavailableException);
    }
}
