package cn.lvzhi.evaluation.computations;

/** A declared parameter of a computation: its name, type, default (as text, or null when required) and meaning. */
public record ParamSpec(String name, ParamType type, String defaultValue, String description) {

    /** The types a parameter value is checked against when a scheme is saved. */
    public enum ParamType {
        INTEGER, DECIMAL, BOOLEAN, TEXT
    }

    /** The value as its type, or an {@link IllegalArgumentException} naming the expected type. */
    public Object parse(String value) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("参数 " + name + " 不能为空 (parameter " + name + " is required)");
        }
        try {
            return switch (type) {
                case INTEGER -> Integer.valueOf(v);
                case DECIMAL -> new java.math.BigDecimal(v);
                case BOOLEAN -> switch (v) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new NumberFormatException(v);
                };
                case TEXT -> v;
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("参数 " + name + " 应为" + typeLabel() + "，而不是“" + v + "” (parameter " + name
                    + " must be " + type.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    private String typeLabel() {
        return switch (type) {
            case INTEGER -> "整数";
            case DECIMAL -> "数字";
            case BOOLEAN -> "true 或 false";
            case TEXT -> "文本";
        };
    }
}
