package cn.lvzhi.lists;

import cn.lvzhi.common.ValidationException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads an uploaded .xlsx into rows of the list's columns. The header row is found by its 事项编码 cell among the
 * first rows (an exported sheet has a title above it); columns are matched by header, in any order; blank rows are
 * skipped. A file that is not a workbook, has no header row or lacks a required column is refused as a whole.
 */
final class SheetParser {
    static final int MAX_ROWS = 20_000;
    private static final int HEADER_SEARCH_ROWS = 10;

    /** The data rows, each read and checked on its own. */
    record Parsed(List<ListSheet.ReadRow> rows) {
    }

    private SheetParser() {
    }

    static Parsed parse(ListKind kind, InputStream in) {
        try (ReadableWorkbook wb = new ReadableWorkbook(in); Stream<Row> stream = firstSheet(wb).openStream()) {
            Iterator<Row> it = stream.iterator();
            Map<String, Integer> columns = null;
            int headerRow = 0;
            List<ListSheet.ReadRow> rows = new ArrayList<>();
            while (it.hasNext()) {
                Row row = it.next();
                if (columns == null) {
                    if (row.getRowNum() > HEADER_SEARCH_ROWS) {
                        break;
                    }
                    columns = headerColumns(row);
                    headerRow = row.getRowNum();
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                boolean blank = true;
                for (Map.Entry<String, Integer> column : columns.entrySet()) {
                    String text = text(row, column.getValue());
                    blank &= text.isBlank();
                    cells.put(column.getKey(), text);
                }
                if (blank) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new ValidationException("file", "一次最多导入 " + MAX_ROWS + " 行，请分批导入 (at most " + MAX_ROWS + " rows)");
                }
                rows.add(ListSheet.read(kind, row.getRowNum(), cells));
            }
            if (columns == null) {
                throw new ValidationException("file", "前 " + HEADER_SEARCH_ROWS + " 行中没有含“" + ListSheet.CODE
                        + "”的表头行，请使用导出的表格或导入模板 (no header row)");
            }
            Set<String> missing = new TreeSet<>(ListSheet.requiredHeaders(kind));
            missing.removeAll(columns.keySet());
            if (!missing.isEmpty()) {
                throw new ValidationException("file", "第 " + headerRow + " 行表头缺少必需的列：" + String.join("、", missing)
                        + "（" + ListExport.LIST_NAMES.get(kind) + "）(missing columns)");
            }
            if (rows.isEmpty()) {
                throw new ValidationException("file", "表格中没有数据行 (the sheet has no data rows)");
            }
            return new Parsed(rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException("file", "不是有效的 Excel (.xlsx) 文件 (not an .xlsx workbook)");
        }
    }

    private static Sheet firstSheet(ReadableWorkbook wb) {
        return wb.getFirstSheet();
    }

    /** The columns by header when this is the header row (it has 事项编码), else null. */
    private static Map<String, Integer> headerColumns(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            String header = text(row, c).replaceAll("\\s+", "").replace("*", "");
            if (!header.isEmpty()) {
                columns.putIfAbsent(header, c);
            }
        }
        return columns.containsKey(ListSheet.CODE) ? columns : null;
    }

    private static String text(Row row, int column) {
        Cell cell = column < row.getCellCount() ? row.getCell(column) : null;
        return cell == null ? "" : cell.getText().strip();
    }
}
