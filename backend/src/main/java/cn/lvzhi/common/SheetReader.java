package cn.lvzhi.common;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the first sheet of an uploaded .xlsx (导入表格) into data rows keyed by column header, for every import: the
 * header row is the one among the first rows that holds the sheet's key header (an exported sheet has a title above
 * it), columns are matched by header in any order, blank rows are skipped. A file that is not a workbook, has no header
 * row, lacks a required column or has no data is refused as a whole with a VALIDATION error on {@code file}.
 */
public final class SheetReader {
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final Pattern UNIT_REF = Pattern.compile("^(?:.*[（(])?\\s*([A-Za-z0-9][A-Za-z0-9-]*)\\s*[）)]?$");

    /** A data row: its number as Excel shows it and its cells by header (blank cells as ""). */
    public record SheetRow(int number, Map<String, String> cells) {
    }

    private SheetReader() {
    }

    /**
     * The data rows of the sheet. {@code what} names the sheet in messages (e.g. 权责清单); at most {@code maxRows} rows.
     */
    public static List<SheetRow> read(InputStream in, String keyHeader, Collection<String> required, int maxRows, String what) {
        try (ReadableWorkbook wb = new ReadableWorkbook(in); Stream<Row> stream = wb.getFirstSheet().openStream()) {
            Iterator<Row> it = stream.iterator();
            Map<String, Integer> columns = null;
            int headerRow = 0;
            List<SheetRow> rows = new ArrayList<>();
            while (it.hasNext()) {
                Row row = it.next();
                if (columns == null) {
                    if (row.getRowNum() > HEADER_SEARCH_ROWS) {
                        break;
                    }
                    columns = headerColumns(row, keyHeader);
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
                if (rows.size() == maxRows) {
                    throw new ValidationException("file", "一次最多导入 " + maxRows + " 行，请分批导入 (at most " + maxRows + " rows)");
                }
                rows.add(new SheetRow(row.getRowNum(), cells));
            }
            if (columns == null) {
                throw new ValidationException("file", "前 " + HEADER_SEARCH_ROWS + " 行中没有含“" + keyHeader
                        + "”的表头行，请使用导出的表格或导入模板 (no header row)");
            }
            Set<String> missing = new TreeSet<>(required);
            missing.removeAll(columns.keySet());
            if (!missing.isEmpty()) {
                throw new ValidationException("file", "第 " + headerRow + " 行表头缺少必需的列：" + String.join("、", missing)
                        + "（" + what + "）(missing columns)");
            }
            if (rows.isEmpty()) {
                throw new ValidationException("file", "表格中没有数据行 (the sheet has no data rows)");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException("file", "不是有效的 Excel (.xlsx) 文件 (not an .xlsx workbook)");
        }
    }

    /** {@link #read(InputStream, String, Collection, int, String)} of an uploaded file. */
    public static List<SheetRow> read(Path file, String keyHeader, Collection<String> required, int maxRows, String what) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, keyHeader, required, maxRows, what);
        } catch (IOException e) {
            throw new ValidationException("file", "无法读取上传的文件 (the upload could not be read)");
        }
    }

    /** The code in "名称（编码）", or a bare code; null when there is none. */
    public static String unitCode(String ref) {
        Matcher m = UNIT_REF.matcher(ref.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** Runs blocking work (reading a workbook) on a worker thread and comes back to the caller's Vert.x context. */
    public static <T> Uni<T> onWorker(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> uni = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? uni : uni.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    /** The columns by header when this is the header row (it holds the key header), else null. */
    private static Map<String, Integer> headerColumns(Row row, String keyHeader) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            String header = text(row, c).replaceAll("\\s+", "").replace("*", "");
            if (!header.isEmpty()) {
                columns.putIfAbsent(header, c);
            }
        }
        return columns.containsKey(keyHeader) ? columns : null;
    }

    private static String text(Row row, int column) {
        Cell cell = column < row.getCellCount() ? row.getCell(column) : null;
        return cell == null ? "" : SheetWriter.fromText(cell.getText()).strip();
    }
}
