package cn.lvzhi.lists.sheets;

import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.ListLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a list as an .xlsx workbook the way these lists circulate between offices: one sheet named after the
 * list, a title row, Chinese column headers, a 序号 column, frozen header.
 */
public final class ListExport {
    private ListExport() {
    }

    /** One exported item: its sheet form and the version shown. */
    record ExportRow(ListSheet.Entry entry, int version) {
    }

    /**
     * The workbook's bytes: the title row, the headers of {@link ListSheet#headers}, one row per item. With no rows
     * it is the empty import template of the list.
     */
    public static byte[] write(ListKind kind, String title, List<ExportRow> items, ListSheet.UnitNames names) {
        List<String> headers = ListSheet.headers(kind);
        List<List<Object>> rows = new ArrayList<>();
        for (ExportRow item : items) {
            Map<String, String> cells = ListSheet.cells(kind, item.entry(), names);
            List<Object> row = new ArrayList<>();
            row.add(rows.size() + 1);
            for (String header : headers.subList(1, headers.size() - 1)) {
                row.add(cells.getOrDefault(header, ""));
            }
            row.add("第" + item.version() + "版");
            rows.add(row);
        }
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            String h = headers.get(c);
            widths[c] = c == 0 ? 6 : c == headers.size() - 1 ? 8 : h.equals(ListSheet.NAME) ? 40 : h.endsWith("编码") ? 18 : 30;
        }
        return SheetWriter.table(ListLabels.LIST_NAMES.get(kind), title, headers, rows, widths);
    }
}
