package cn.lvzhi.common;

import io.smallrye.graphql.api.ErrorCode;

/** Input that breaks a rule; {@code extensions.field} names the offending input field (e.g. {@code input.creditCode}). */
@ErrorCode("VALIDATION")
public class ValidationException extends ApiException {
    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
