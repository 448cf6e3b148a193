package cn.lvzhi.common;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The query parameters of REST downloads read the one way: a missing or unreadable value is VALIDATION naming the
 * parameter, like a GraphQL argument.
 */
public final class QueryParams {
    private QueryParams() {
    }

    /** The enum constant named by {@code value}; null when absent and not required. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationException(field, "缺少参数 " + field + " (required)");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "参数 " + field + " 无效 (invalid value)");
        }
    }

    /** An ISO-8601 time with its offset (2026-12-01T00:00:00+08:00); null when absent and not required. */
    public static OffsetDateTime time(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationException(field, "缺少参数 " + field + " (required)");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "参数 " + field + " 不是带时区的时间，例如 2026-12-01T00:00:00+08:00 (not an ISO-8601 time)");
        }
    }
}
