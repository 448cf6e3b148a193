package cn.lvzhi.common;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The coercion of GraphQL's number and text scalars made faithful. SmallRye's own accepts any JSON number for an
 * {@code Int} and converts it later with {@code intValue()} — 100.0000001 becomes 100, 2147483648 becomes
 * -2147483648, 1e309 becomes 0 — and passes text through unnormalised. Here every value is checked against its
 * declared type first: a valid one is handed to the original coercion unchanged (texts in NFC), an invalid one
 * becomes an {@link Invalid} marker that {@link InputRules} reports as VALIDATION naming the field's path before
 * any resolver runs (the coercion itself does not know the path, so it does not throw).
 */
final class InputScalars {
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    /** Beyond this no amount in the domain (points, posts, shares) makes sense, and huge exponents cost CPU. */
    private static final BigDecimal DECIMAL_MAX = new BigDecimal("1e15");
    private static final int DECIMAL_MAX_SCALE = 18;

    private InputScalars() {
    }

    /** An input value its type refuses, with the reason; found and reported by {@link InputRules}. */
    record Invalid(String reason) {
    }

    /** The scalar with faithful input coercion, or the scalar itself when it is not a number or text scalar. */
    static GraphQLScalarType faithful(GraphQLScalarType scalar) {
        Coercing<?, ?> original = scalar.getCoercing();
        Coercing<Object, Object> coercing = switch (scalar.getName()) {
            case "Int" -> new NumberCoercing(original, NumberKind.INT);
            case "BigInteger" -> new NumberCoercing(original, NumberKind.LONG);
            case "Float" -> new NumberCoercing(original, NumberKind.FLOAT);
            case "BigDecimal" -> new NumberCoercing(original, NumberKind.DECIMAL);
            case "String", "ID" -> new TextCoercing(original);
            default -> null;
        };
        return coercing == null ? scalar : scalar.transform(b -> b.coercing(coercing));
    }

    /** The number scalars and what each accepts. */
    enum NumberKind {
        INT, LONG, FLOAT, DECIMAL;

        /** Why the value is not one of this scalar's, or null when it is. */
        String check(BigDecimal value) {
            return switch (this) {
                case INT -> checkInt(value);
                case LONG -> checkLong(value);
                case FLOAT -> checkFloat(value);
                case DECIMAL -> checkDecimal(value);
            };
        }
    }

    static String checkInt(BigDecimal v) {
        if (v.compareTo(INT_MIN) < 0 || v.compareTo(INT_MAX) > 0 || !integral(v)) {
            return "须为 " + Integer.MIN_VALUE + " 至 " + Integer.MAX_VALUE + " 之间的整数，现为 " + shown(v)
                    + " (must be a whole number in the 32-bit range)";
        }
        return null;
    }

    static String checkLong(BigDecimal v) {
        if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0 || !integral(v)) {
            return "须为 64 位范围内的整数，现为 " + shown(v) + " (must be a whole number in the 64-bit range)";
        }
        return null;
    }

    static String checkFloat(BigDecimal v) {
        return Double.isFinite(v.doubleValue()) ? null
                : "数值超出范围：" + shown(v) + " (the number is out of range)";
    }

    static String checkDecimal(BigDecimal v) {
        if (v.abs().compareTo(DECIMAL_MAX) >= 0 || v.scale() > DECIMAL_MAX_SCALE) {
            return "数值须小于 10^15 且最多 " + DECIMAL_MAX_SCALE + " 位小数，现为 " + shown(v)
                    + " (the number must be below 10^15 with at most " + DECIMAL_MAX_SCALE + " decimals)";
        }
        return null;
    }

    /** Called only once the value is known to be within 64 bits, so the scale is small and this stays cheap. */
    private static boolean integral(BigDecimal v) {
        return v.signum() == 0 || v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private static String shown(BigDecimal v) {
        String s = v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The exact value of a JSON or literal number; null when the input is not a number. */
    static BigDecimal exact(Object input) {
        if (input instanceof BigDecimal d) {
            return d;
        }
        if (input instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (input instanceof Integer || input instanceof Long || input instanceof Short || input instanceof Byte) {
            return BigDecimal.valueOf(((Number) input).longValue());
        }
        if (input instanceof Double || input instanceof Float) {
            double d = ((Number) input).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(d) : null;
        }
        return null;
    }

    /** A coercion that checks input itself and leaves output (serialising, literals) to the original. */
    private interface Faithful extends Coercing<Object, Object> {
        Coercing<?, ?> original();

        @Override
        default Object serialize(Object output, GraphQLContext context, Locale locale) {
            return original().serialize(output, context, locale);
        }

        @Override
        default Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return original().valueToLiteral(input, context, locale);
        }
    }

    private record NumberCoercing(Coercing<?, ?> original, NumberKind rule) implements Faithful {
        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            // a BigDecimal may come as a string to keep its precision; other numbers must be JSON numbers
            BigDecimal value = input instanceof String s ? (rule == NumberKind.DECIMAL ? decimal(s) : null) : exact(input);
            if (value == null) {
                return new Invalid("须为数字 (must be a number)");
            }
            String problem = rule.check(value);
            return problem != null ? new Invalid(problem) : original.parseValue(input, context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            BigDecimal value = input instanceof IntValue i ? new BigDecimal(i.getValue())
                    : input instanceof FloatValue f ? f.getValue()
                    : input instanceof StringValue s && rule == NumberKind.DECIMAL ? decimal(s.getValue())
                    : null;
            if (value == null) {
                return new Invalid("须为数字 (must be a number)");
            }
            String problem = rule.check(value);
            return problem != null ? new Invalid(problem) : original.parseLiteral(input, variables, context, locale);
        }

        private static BigDecimal decimal(String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /**
     * Text cleaned as every field wants it (NFC, line breaks as {@code \n}, no whitespace or invisible character at
     * the edges, see {@link Texts#clean}); a string the API must never store (see {@link Texts#refusal}) is marked
     * invalid.
     */
    private record TextCoercing(Coercing<?, ?> original) implements Faithful {
        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            return input instanceof String s ? text(s) : original.parseValue(input, context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            return input instanceof StringValue s ? text(s.getValue()) : original.parseLiteral(input, variables, context, locale);
        }

        private static Object text(String s) {
            String refusal = Texts.refusal(s);
            return refusal != null ? new Invalid(refusal) : Texts.clean(s);
        }
    }
}
