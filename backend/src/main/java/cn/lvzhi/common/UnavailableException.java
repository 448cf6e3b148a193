package cn.lvzhi.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The service cannot reach what it depends on (the database is down, restarting or out of connections): nothing was
 * decided, so the caller retries the same request later — with the same client key, a creation is still made once.
 * GraphQL answers {@code extensions.code = UNAVAILABLE, retryable = true}; REST answers 503 with Retry-After.
 */
@ErrorCode("UNAVAILABLE")
public class UnavailableException extends ApiException {
    public UnavailableException(String message) {
        super(message);
    }
}
