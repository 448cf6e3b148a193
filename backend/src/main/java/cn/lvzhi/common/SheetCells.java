package cn.lvzhi.common;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of one import row (see {@link SheetReader}) into values, collecting every problem as a
 * {@link CellError} (row as Excel numbers it, column header, reason in Chinese) instead of stopping at the first.
 */
public final class SheetCells {
    /** Excel's day 0 for serial dates after February 1900 (the 1900 leap-year bug is before that). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern DATE = Pattern.compile("^(\\d{4})\\s*(?:[-/.年])\\s*(\\d{1,2})\\s*(?:[-/.月])\\s*(\\d{1,2})\\s*日?$");

    /** One problem of an import sheet; {@code column} is the header, null when it concerns the whole row. */
    public record CellError(int row, String column, String message) {
    }

    private final SheetReader.SheetRow row;
    private final List<CellError> errors = new ArrayList<>();

    public SheetCells(SheetReader.SheetRow row) {
        this.row = row;
    }

    public int row() {
        return row.number();
    }

    public List<CellError> errors() {
        return errors;
    }

    public void error(String column, String message) {
        errors.add(new CellError(row.number(), column, message));
    }

    /**
     * The cell's text under the API's text rule ({@link Texts}): NFC, invisible characters stripped at the edges; a
     * cell no input may carry (a NUL, a control character, a broken surrogate) is an error of the row.
     */
    public String raw(String header) {
        String v = Texts.clean(row.cells().get(header));
        String refusal = Texts.refusal(v);
        if (refusal != null) {
            error(header, refusal);
        }
        return v;
    }

    /** A text that may be empty (null then), at most {@code max} characters (counted as a reader counts them). */
    public String optional(String header, int max) {
        String v = raw(header);
        tooLong(header, v, max);
        return v.isEmpty() ? null : v;
    }

    private boolean tooLong(String header, String v, int max) {
        int length = Texts.length(v);
        if (length > max) {
            error(header, "最长 " + max + " 字，实有 " + length + " 字");
        }
        return length > max;
    }

    /** A text that must be there, at most {@code max} characters; null when it is not valid. */
    public String required(String header, int max) {
        String v = raw(header);
        if (v.isEmpty()) {
            error(header, "必填项为空");
            return null;
        }
        return tooLong(header, v, max) ? null : v;
    }

    /** A required value given by its label (or the constant's name); null when it is not one of them. */
    public <E extends Enum<E>> E label(String header, Map<E, String> labels) {
        return label(header, labels, true);
    }

    /** A value given by its label (or the constant's name); null when empty or not one of them. */
    public <E extends Enum<E>> E label(String header, Map<E, String> labels, boolean required) {
        String v = raw(header);
        if (v.isEmpty()) {
            if (required) {
                error(header, "必填项为空");
            }
            return null;
        }
        for (Map.Entry<E, String> e : labels.entrySet()) {
            if (e.getValue().equals(v) || e.getKey().name().equals(v)) {
                return e.getKey();
            }
        }
        error(header, "“" + v + "”不是有效值，应为：" + String.join("、", labels.values()));
        return null;
    }

    /** A required unit, written "名称（编码）" or as a bare code; its code, or null. */
    public String unit(String header) {
        return unit(header, true);
    }

    /** A unit, written "名称（编码）" or as a bare code; its code, or null when empty or not a unit reference. */
    public String unit(String header, boolean required) {
        String v = raw(header);
        if (v.isEmpty()) {
            if (required) {
                error(header, "必填项为空");
            }
            return null;
        }
        String code = SheetReader.unitCode(v);
        if (code == null) {
            error(header, "“" + v + "”中没有单位编码，应写作“名称（编码）”或编码");
        }
        return code;
    }

    /** A required whole number (its sign is the caller's rule); null when it is not one. */
    public Integer wholeNumber(String header) {
        String v = raw(header);
        if (v.isEmpty()) {
            error(header, "必填项为空");
            return null;
        }
        try {
            return new BigDecimal(v.replace(",", "")).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            error(header, "“" + v + "”不是整数");
            return null;
        }
    }

    /**
     * A required date from {@code earliest} to {@code latest} (the range {@link DateRanges} states for the field):
     * an Excel date cell (its serial number), or text as yyyy-MM-dd, yyyy/M/d or yyyy年M月d日; null when it is not valid.
     */
    public LocalDate date(String header, LocalDate earliest, LocalDate latest) {
        String v = raw(header);
        if (v.isEmpty()) {
            error(header, "必填项为空");
            return null;
        }
        LocalDate date = parseDate(v);
        if (date == null) {
            error(header, "“" + v + "”不是有效日期，应写作 2026-03-15 或 2026年3月15日");
            return null;
        }
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            error(header, "日期 " + date + " 不在 " + earliest + " 至 " + latest + " 之间");
            return null;
        }
        return date;
    }

    /** The date a cell shows, or null. */
    static LocalDate parseDate(String v) {
        if (v.matches("^\\d{1,7}(\\.\\d+)?$")) {
            long serial = Long.parseLong(v.replaceAll("\\..*$", ""));
            // 61 is 1 March 1900, 2958465 is 31 December 9999: Excel's range once its leap-year bug is behind
            return serial >= 61 && serial <= 2_958_465 ? EXCEL_EPOCH.plusDays(serial) : null;
        }
        Matcher m = DATE.matcher(v);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
