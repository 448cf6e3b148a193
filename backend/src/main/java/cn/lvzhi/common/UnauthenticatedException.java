package cn.lvzhi.common;

import io.smallrye.graphql.api.ErrorCode;

/** No valid identity accompanies the request. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends ApiException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
