package cn.lvzhi.common;

/**
 * An error the API reports to its caller: the message is safe to show to a user, and the subclass decides
 * {@code extensions.code} (see {@link io.smallrye.graphql.api.ErrorCode} on each).
 */
public abstract class ApiException extends RuntimeException {
    protected ApiException(String message) {
        super(message, null, false, false);
    }
}
