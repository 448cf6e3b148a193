package cn.lvzhi.common;

import io.smallrye.graphql.api.ErrorCode;

/** An unexpected failure; details are logged, the caller gets a reference only. */
@ErrorCode("INTERNAL")
public class InternalException extends ApiException {
    public InternalException(String message) {
        super(message);
    }
}
