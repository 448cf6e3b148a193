package cn.lvzhi.common;

import io.smallrye.graphql.api.ErrorCode;

/** The object does not exist, or the caller may not see it (the two are indistinguishable). */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super(message);
    }
}
