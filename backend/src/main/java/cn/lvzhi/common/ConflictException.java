package cn.lvzhi.common;

import io.smallrye.graphql.api.ErrorCode;

/** The action conflicts with the current state (a stale version, an illegal transition, a duplicate). */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {
    public ConflictException(String message) {
        super(message);
    }
}
