package cn.lvzhi.common;

import io.smallrye.graphql.api.ErrorCode;

/** The caller sees the object but may not take this action; the message gives the reason. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ApiException {
    public ForbiddenException(String message) {
        super(message);
    }
}
