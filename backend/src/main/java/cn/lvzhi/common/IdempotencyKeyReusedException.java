package cn.lvzhi.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A retry that is not one: the caller's idempotency key (幂等键) already stands for a different request. A CONFLICT
 * with its own code, so a client can tell "choose a new key" from an ordinary conflict.
 */
@ErrorCode("IDEMPOTENCY_KEY_REUSED")
public class IdempotencyKeyReusedException extends ConflictException {
    public IdempotencyKeyReusedException(String field) {
        super("幂等键 " + field + " 已用于另一份内容不同的提交，请使用新的键 (the idempotency key was already used for a different request)");
    }
}
