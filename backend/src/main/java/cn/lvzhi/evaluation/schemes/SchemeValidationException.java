package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.common.ValidationException;
import io.smallrye.graphql.api.ErrorCode;

import java.util.List;

/**
 * A scheme refused as a whole (VALIDATION): {@code extensions.field} names the first offending field, as for any
 * validation error, and {@code extensions.errors} lists every error with its field ({@link SchemeErrorsExtension}), so
 * the editor marks them all at once.
 */
@ErrorCode("VALIDATION")
public class SchemeValidationException extends ValidationException {
    private final transient List<SchemeError> errors;

    public SchemeValidationException(List<SchemeError> errors) {
        super(errors.get(0).field(), "评估标准有 " + errors.size() + " 处错误，第一处：" + errors.get(0).message()
                + " (the scheme has " + errors.size() + " errors)");
        this.errors = List.copyOf(errors);
    }

    public List<SchemeError> errors() {
        return errors;
    }
}
