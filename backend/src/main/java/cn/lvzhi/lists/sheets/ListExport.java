package cn.lvzhi.lists;

import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.org.UnitLevel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a list as an .xlsx workbook the way these lists circulate between offices: one sheet named after the
 * list, a title row, Chinese column headers, a 序号 column, frozen header.
 */
public final class ListExport {
    static final Map<ListKind, String> LIST_NAMES = new EnumMap<>(Map.of(
            ListKind.POWER, "权责清单", ListKind.DUTY_TASK, "职责任务清单", ListKind.BOUNDARY, "职责边界清单",
            ListKind.TERRITORIAL, "属地管理事项清单", ListKind.COLLABORATION, "“一件事”协同清单", ListKind.VILLAGE, "村级清单"));
    static final Map<PowerType, String> POWER_TYPES = new EnumMap<>(Map.of(
            PowerType.LICENSING, "行政许可", PowerType.PENALTY, "行政处罚", PowerType.COERCION, "行政强制",
            PowerType.LEVY, "行政征收", PowerType.PAYMENT, "行政给付", PowerType.INSPECTION, "行政检查",
            PowerType.CONFIRMATION, "行政确认", PowerType.REWARD, "行政奖励", PowerType.ADJUDICATION, "行政裁决",
            PowerType.OTHER, "其他行政权力"));
    static final Map<UnitLevel, String> LEVELS = new EnumMap<>(Map.of(
            UnitLevel.CITY, "市级", UnitLevel.COUNTY, "县级", UnitLevel.TOWNSHIP, "乡级", UnitLevel.VILLAGE, "村级"));

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
        return SheetWriter.table(LIST_NAMES.get(kind), title, headers, rows, widths);
    }
}
