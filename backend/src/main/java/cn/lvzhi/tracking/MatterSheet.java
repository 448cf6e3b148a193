package cn.lvzhi.tracking;

import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.SheetCells.CellError;
import cn.lvzhi.common.SheetCells;
import cn.lvzhi.common.SheetReader.SheetRow;
import cn.lvzhi.common.SheetWriter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The spreadsheet form of establishment matters (机构编制事项表): its Chinese columns, how a matter becomes a row and a
 * row a matter. Export and import share it, so an exported sheet imports back unchanged. The unit is written
 * "名称（编码）" and read by the code in brackets (or a bare code); the kind by its Chinese label.
 */
final class MatterSheet {
    static final String NO = "序号";
    static final String UNIT = "单位";
    static final String KIND = "事项类型";
    static final String DOCUMENT = "批复文号";
    static final String APPROVED = "批复日期";
    static final String CONTENT = "事项内容";
    static final List<String> HEADERS = List.of(NO, UNIT, KIND, DOCUMENT, APPROVED, CONTENT);
    /** Every column but 序号; the header row is the one holding 批复文号. */
    static final List<String> REQUIRED = HEADERS.subList(1, HEADERS.size());
    static final String SHEET_NAME = "机构编制事项";
    static final int MAX_ROWS = 2000;
    static final int DOCUMENT_MAX = 100;
    static final int CONTENT_MAX = 4000;
    static final Map<MatterKind, String> KINDS = new EnumMap<>(Map.of(
            MatterKind.SET_UP, "设立", MatterKind.CHANGE, "变更", MatterKind.MERGE, "合并", MatterKind.ABOLISH, "撤销"));

    /** A matter as the sheet sees it. */
    record Entry(String unitCode, MatterKind kind, String documentNo, LocalDate approvedOn, String content) {
    }

    /** A row read from an import sheet; {@code entry} is null when the row has problems. */
    record ReadRow(int row, Entry entry, List<CellError> errors) {
    }

    private MatterSheet() {
    }

    /** Reads one data row, checking what the sheet alone can tell; units are checked by the import. */
    static ReadRow read(SheetRow row, LocalDate today) {
        SheetCells c = new SheetCells(row);
        String unit = c.unit(UNIT);
        MatterKind kind = c.label(KIND, KINDS);
        String documentNo = c.required(DOCUMENT, DOCUMENT_MAX);
        LocalDate approvedOn = c.date(APPROVED, DateRanges.FOUNDING, today);
        String content = c.required(CONTENT, CONTENT_MAX);
        return new ReadRow(row.number(), c.errors().isEmpty() ? new Entry(unit, kind, documentNo, approvedOn, content) : null,
                c.errors());
    }

    /** The workbook: a title row, the headers, one row per matter; with no matters, the import template. */
    static byte[] write(String title, List<Entry> entries, Function<String, String> unitNames) {
        List<List<Object>> rows = new ArrayList<>();
        for (Entry e : entries) {
            rows.add(List.of(rows.size() + 1, unitNames.apply(e.unitCode()), KINDS.get(e.kind()), e.documentNo(),
                    e.approvedOn().toString(), e.content()));
        }
        return SheetWriter.table(SHEET_NAME, title, HEADERS, rows, new int[] {6, 36, 10, 24, 14, 60});
    }
}
