package cn.lvzhi.lists;

import cn.lvzhi.org.UnitLevel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Lvzhi", "1.0")) {
            Worksheet ws = wb.newWorksheet(LIST_NAMES.get(kind));
            List<String> headers = ListSheet.headers(kind);
            titleAndHeaders(ws, title, headers);
            int row = 2;
            for (ExportRow item : items) {
                Map<String, String> cells = ListSheet.cells(kind, item.entry(), names);
                ws.value(row, 0, row - 1);
                for (int c = 1; c < headers.size() - 1; c++) {
                    ws.value(row, c, cells.getOrDefault(headers.get(c), ""));
                }
                ws.value(row, headers.size() - 1, "第" + item.version() + "版");
                ws.range(row, 0, row, headers.size() - 1).style().borderStyle("thin").wrapText(true).set();
                row++;
            }
            ws.width(0, 6);
            for (int c = 1; c < headers.size() - 1; c++) {
                String h = headers.get(c);
                ws.width(c, h.equals(ListSheet.NAME) ? 40 : h.endsWith("编码") ? 18 : 30);
            }
            ws.width(headers.size() - 1, 8);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Row 1: the merged title; row 2: bold headers, frozen. */
    static void titleAndHeaders(Worksheet ws, String title, List<String> headers) {
        ws.value(0, 0, title);
        ws.range(0, 0, 0, headers.size() - 1).merge();
        ws.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
        for (int c = 0; c < headers.size(); c++) {
            ws.value(1, c, headers.get(c));
            ws.style(1, c).bold().fillColor("D9E1F2").borderStyle("thin").horizontalAlignment("center").wrapText(true).set();
        }
        ws.freezePane(0, 2);
    }
}
