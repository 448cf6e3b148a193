package cn.lvzhi.common;

import java.text.Normalizer;

/**
 * The one text-input rule of the API, in two layers. {@link #refusal} is what every string input goes through
 * (GraphQL arguments via {@link InputRules}, sheet cells via {@link SheetCells}): no NUL or other control character
 * except line breaks and tabs, no unpaired surrogate. {@link #text} and {@link #name} add each field's own rule: NFC,
 * invisible characters stripped at the edges, required or optional, a maximum counted in characters (code points,
 * not UTF-16 units), and for names and titles no control or bidirectional-formatting character at all.
 */
public final class Texts {
    private Texts() {
    }

    /** Whether a text is a single-line name or title, or multi-line free text. */
    public enum Kind {
        /** 名称、标题: one line, no tab, no bidi control (a U+202E could make 某局 display as someone else's name). */
        NAME,
        /** 说明、意见: line breaks and tabs allowed. */
        FREE_TEXT
    }

    /**
     * The checked free text (multi-line), {@code null} when empty and optional; VALIDATION naming {@code field}
     * when required and empty, longer than {@code max} characters, or not valid text.
     */
    public static String text(String field, String value, boolean required, int max, String label) {
        return checked(field, value, required, max, label, Kind.FREE_TEXT);
    }

    /** Like {@link #text} for a name or title: a single line without control or bidi characters. */
    public static String name(String field, String value, boolean required, int max, String label) {
        return checked(field, value, required, max, label, Kind.NAME);
    }

    private static String checked(String field, String value, boolean required, int max, String label, Kind kind) {
        String v = clean(value);
        String message = violation(v, required, max, label, kind, field);
        if (message != null) {
            throw new ValidationException(field, message);
        }
        return optional(v);
    }

    /**
     * What is wrong with a cleaned value as a text field of this kind (a message naming the field by its label, and
     * by {@code field} in the English part), or {@code null} when nothing is.
     */
    public static String violation(String cleaned, boolean required, int max, String label, Kind kind, String field) {
        String problem = problem(cleaned, kind);
        if (problem != null) {
            return label + problem;
        }
        int length = length(cleaned);
        if ((required && cleaned.isEmpty()) || length > max) {
            return label + (required ? "不能为空，" : "") + "最长 " + max + " 字"
                    + (length > max ? "，实有 " + length + " 字" : "")
                    + " (" + field + (required ? " is required, " : " is ") + "at most " + max + " characters)";
        }
        return null;
    }

    /** An optional text as stored: {@code null} when empty (an input arrives trimmed, so blank means empty). */
    public static String optional(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * The value NFC-normalised, line breaks as {@code \n}, with whitespace and invisible characters (BOM, zero-width
     * space/joiners, word joiner) removed at both edges; "" for null. An invisible-only value thus becomes empty.
     */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        String v = nfc(value).replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        int end = v.length();
        while (start < end && invisible(v.charAt(start))) {
            start++;
        }
        while (end > start && invisible(v.charAt(end - 1))) {
            end--;
        }
        return v.substring(start, end);
    }

    /** The value in Unicode normalisation form C (composed), so equal texts compare and count equal. */
    public static String nfc(String value) {
        return value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC)
                ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** The length a user counts: characters (code points), so 𠀀 is one, not two UTF-16 units. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * Why no input of any kind may carry this text, or {@code null} when it may: the floor under every string the
     * API accepts (a NUL, a control other than a line break or tab, or a lone surrogate that the database would
     * store as "?").
     */
    public static String refusal(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "含有不成对的代理字符，文本已损坏 (contains an unpaired surrogate)";
            } else if (c != '\n' && c != '\r' && c != '\t' && Character.getType(c) == Character.CONTROL) {
                return "含有不可见的控制字符 U+" + hex(c) + " (contains the control character U+" + hex(c) + ")";
            }
        }
        return null;
    }

    /** Why a cleaned value is not a valid text of this kind, or {@code null} when it is. */
    public static String problem(String value, Kind kind) {
        String refusal = refusal(value);
        if (refusal != null || kind == Kind.FREE_TEXT) {
            return refusal;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                return "须为单行文字，不能含换行或制表符 (must be a single line)";
            }
            if (bidi(c)) {
                return "含有文字方向控制字符 U+" + hex(c) + " (contains the bidirectional control U+" + hex(c) + ")";
            }
        }
        return null;
    }

    /** Bidirectional formatting: embeddings and overrides, isolates, the LRM/RLM marks and the Arabic letter mark. */
    static boolean bidi(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /** Whitespace, or a character that takes no room: BOM, zero-width space, non-joiner, joiner, word joiner. */
    static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
