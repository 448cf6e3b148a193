package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.SheetCells;
import cn.lvzhi.common.SheetCells.CellError;
import cn.lvzhi.common.SheetReader.SheetRow;
import cn.lvzhi.common.SheetWriter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The spreadsheet of imported figures (外部指标数据导入表): one row per unit in scope and IMPORTED indicator of one source
 * body. The template and the import share the columns, so a filled-in template imports as it is.
 */
final class FigureSheet {
    static final String UNIT_CODE = "单位编码";
    static final String UNIT_NAME = "单位名称";
    static final String CODE = "指标编码";
    static final String NAME = "指标名称";
    static final String FIGURE = "数值";
    static final String NOTE = "备注";
    static final List<String> HEADERS = List.of(UNIT_CODE, UNIT_NAME, CODE, NAME, FIGURE, NOTE);
    static final List<String> REQUIRED = List.of(UNIT_CODE, CODE, FIGURE);
    static final String SHEET_NAME = "外部指标数据";
    static final int MAX_ROWS = 5000;
    static final int NOTE_MAX = 500;
    /** evaluation_score.figure is numeric(14,4). */
    private static final BigDecimal LIMIT = new BigDecimal("10000000000");

    /** A figure as the sheet gives it. */
    record Entry(String unitCode, String indicatorCode, BigDecimal figure, String note) {
    }

    /** A row read from an import; {@code entry} is null when the row has problems. */
    record ReadRow(int row, Entry entry, List<CellError> errors) {
    }

    private FigureSheet() {
    }

    static ReadRow read(SheetRow row) {
        SheetCells cells = new SheetCells(row);
        String unit = cells.unit(UNIT_CODE);
        String code = cells.required(CODE, 40);
        BigDecimal figure = figure(cells);
        String note = cells.optional(NOTE, NOTE_MAX);
        List<CellError> errors = new ArrayList<>(cells.errors());
        return new ReadRow(row.number(), errors.isEmpty() ? new Entry(unit, code, figure, note) : null, errors);
    }

    /** A figure: a number, not negative, at most four decimals. */
    private static BigDecimal figure(SheetCells cells) {
        String v = cells.raw(FIGURE);
        if (v.isEmpty()) {
            cells.error(FIGURE, "必填项为空");
            return null;
        }
        BigDecimal figure;
        try {
            figure = new BigDecimal(v.replace(",", ""));
        } catch (NumberFormatException e) {
            cells.error(FIGURE, "“" + v + "”不是数字");
            return null;
        }
        if (figure.signum() < 0) {
            cells.error(FIGURE, "数值不能为负数");
        } else if (figure.stripTrailingZeros().scale() > 4) {
            cells.error(FIGURE, "最多 4 位小数");
        } else if (figure.compareTo(LIMIT) >= 0) {
            cells.error(FIGURE, "数值过大");
        } else {
            return figure;
        }
        return null;
    }

    /** The template (or export) of the rows, with a title saying what the sheet is for. */
    static byte[] write(String title, List<List<Object>> rows) {
        return SheetWriter.table(SHEET_NAME, title, HEADERS, rows, new int[] {16, 28, 12, 36, 14, 36});
    }
}
