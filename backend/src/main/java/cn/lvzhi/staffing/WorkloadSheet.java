package cn.lvzhi.staffing;

import cn.lvzhi.common.SheetCells.CellError;
import cn.lvzhi.common.SheetCells;
import cn.lvzhi.common.SheetReader.SheetRow;
import cn.lvzhi.common.SheetWriter;

import java.util.List;
import java.util.Map;

/**
 * The spreadsheet form of yearly workload (年度业务量表): one power item per row with the office that handles it and
 * the year's received and completed counts. 事项名称 is for people and ignored on import; the office is written as its
 * code or "名称（编码）".
 */
final class WorkloadSheet {
    static final String CODE = "事项编码";
    static final String NAME = "事项名称";
    static final String OFFICE = "办理科室";
    static final String RECEIVED = "受理量";
    static final String COMPLETED = "办结量";
    static final List<String> HEADERS = List.of(CODE, NAME, OFFICE, RECEIVED, COMPLETED);
    static final List<String> REQUIRED = List.of(CODE, OFFICE, RECEIVED, COMPLETED);
    static final String SHEET_NAME = "年度业务量";
    /** The sheet's column of each field the workload rules name. */
    static final Map<String, String> COLUMNS = Map.of("itemId", CODE, "officeUnitId", OFFICE, "received", RECEIVED,
            "completed", COMPLETED);

    /** A row as the sheet gives it: codes still to be looked up. */
    record Entry(String itemCode, String officeCode, int received, int completed) {
    }

    /** A row read from an import sheet; {@code entry} is null when the row has problems. */
    record ReadRow(int row, Entry entry, List<CellError> errors) {
    }

    private WorkloadSheet() {
    }

    static ReadRow read(SheetRow row) {
        SheetCells c = new SheetCells(row);
        String code = c.required(CODE, 64);
        String office = c.unit(OFFICE);
        Integer received = c.wholeNumber(RECEIVED);
        Integer completed = c.wholeNumber(COMPLETED);
        return new ReadRow(row.number(), c.errors().isEmpty() ? new Entry(code, office, received, completed) : null, c.errors());
    }

    /** The import template: a title row naming the year and the headers. */
    static byte[] template(int year) {
        return SheetWriter.table(SHEET_NAME, year + " 年度权责事项业务量导入模板（第 3 行起每行一个权责事项；办理科室写编码或“名称（编码）”）",
                HEADERS, List.of(), new int[] {24, 40, 36, 12, 12});
    }
}
