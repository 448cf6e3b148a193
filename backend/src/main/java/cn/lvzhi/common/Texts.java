package cn.lvzhi.common;

/** Free-text input checks shared by the features: trimmed, required or optional, bounded in length. */
public final class Texts {
    private Texts() {
    }

    /**
     * The trimmed text, {@code null} when blank and optional; VALIDATION naming {@code field} when required and
     * blank, or longer than {@code max}.
     */
    public static String text(String field, String value, boolean required, int max, String label) {
        String v = value == null ? "" : value.strip();
        if ((required && v.isEmpty()) || v.length() > max) {
            throw new ValidationException(field, label + (required ? "不能为空，" : "") + "最长 " + max + " 字");
        }
        return v.isEmpty() ? null : v;
    }
}
