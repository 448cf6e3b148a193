package cn.lvzhi.common;

import jakarta.ws.rs.core.Response;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes .xlsx downloads (exports, import templates, error lists) the one way every feature presents its sheets. No text
 * cell can act as a formula (公式注入): text that spreadsheet software could take for one gets a leading apostrophe
 * (see {@link #asText}), which {@link SheetReader} takes off again, so an exported sheet imports unchanged.
 */
public final class SheetWriter {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** How a formula may start (OWASP, CSV/formula injection), plus the apostrophe itself so that it round-trips. */
    private static final String QUOTED_STARTS = "=+-@\t\r'";

    private SheetWriter() {
    }

    /** A number shown in an Excel number format ({@code 0.00} for points, {@code 0.00%} for a rate): it stays a number. */
    public record Formatted(Number value, String format) {
    }

    /** One sheet of a workbook: its tab name, merged title, column headers, rows of cells and column widths. */
    public record Sheet(String name, String title, List<String> headers, List<List<Object>> rows, int[] widths) {
    }

    /**
     * One sheet the way lists circulate between offices: a merged title row, bold Chinese column headers, frozen
     * header, thin borders, wrapped text; numbers stay numbers ({@link Formatted} ones with their number format).
     */
    public static byte[] table(String sheet, String title, List<String> headers, List<List<Object>> rows, int[] widths) {
        return workbook(List.of(new Sheet(sheet, title, headers, rows, widths)));
    }

    /** Several sheets, each as {@link #table} writes one. */
    public static byte[] workbook(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Lvzhi", "1.0")) {
            for (Sheet sheet : sheets) {
                write(wb.newWorksheet(sheet.name()), sheet);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet ws, Sheet sheet) {
        List<String> headers = sheet.headers();
        ws.value(0, 0, asText(sheet.title()));
        ws.range(0, 0, 0, headers.size() - 1).merge();
        ws.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
        for (int c = 0; c < headers.size(); c++) {
            ws.value(1, c, asText(headers.get(c)));
            ws.style(1, c).bold().fillColor("D9E1F2").borderStyle("thin").horizontalAlignment("center").wrapText(true).set();
        }
        ws.freezePane(0, 2);
        int row = 2;
        for (List<Object> cells : sheet.rows()) {
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                Object value = v instanceof Formatted f ? f.value() : v;
                if (value instanceof Number n) {
                    ws.value(row, c, n);
                } else {
                    ws.value(row, c, value == null ? "" : asText(String.valueOf(value)));
                }
            }
            ws.range(row, 0, row, headers.size() - 1).style().borderStyle("thin").wrapText(true).set();
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) instanceof Formatted f && f.value() != null) {
                    ws.style(row, c).borderStyle("thin").wrapText(true).format(f.format()).set();
                }
            }
            row++;
        }
        for (int c = 0; c < sheet.widths().length; c++) {
            ws.width(c, sheet.widths()[c]);
        }
    }

    /** The text as a cell holds it: with a leading apostrophe when it starts like a formula (or with an apostrophe). */
    public static String asText(String text) {
        return !text.isEmpty() && QUOTED_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The text a cell written by {@link #asText} stood for. */
    public static String fromText(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /** An .xlsx download with its Chinese file name (RFC 6266) and an ASCII fallback. */
    public static Response attachment(byte[] xlsx, String asciiName, String chineseName) {
        return Response.ok(xlsx, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + ".xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(chineseName + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
