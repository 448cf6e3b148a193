package cn.lvzhi.common.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office's letter typesetting: Chinese read back from the PDF, the font embedded, long text flowing onto pages. */
class OfficialDocumentTest {
    /** The font the product is configured with by default ({@code lvzhi.pdf.cjk-font}), or the one the environment names. */
    static final String FONT = System.getenv().getOrDefault("LVZHI_CJK_FONT",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2");
    static final String LONG = "本段文字用于检验自动换行：机构编制部门对各单位履职情况进行评估，评估结果作为机构编制调整的重要依据，"
            + "请各单位对照扣分原因认真整改，并在规定期限内报送整改情况。";

    @Test
    void aLetterReadsBackInChineseWithItsTitleParagraphsTableAndSignature() throws IOException {
        byte[] pdf = OfficialDocument.render(FONT, "测试反馈函", 10.5f, doc -> doc.title("清编函〔2026〕1号")
                .paragraph("清河区水务局：")
                .indented(LONG)
                .section("一、评估得分")
                .table(new float[] {1f, 4f, 2f}, List.of("编号", "指标", "得分"),
                        List.of(List.of("A1", "履职目标完成率", "8.50"), List.of("A2", "事件办理满意率", "9.25")))
                .signature("机构编制委员会办公室", LocalDate.of(2026, 12, 5)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (String expected : List.of("测试反馈函", "清编函〔2026〕1号", "清河区水务局：", "一、评估得分", "履职目标完成率",
                    "事件办理满意率", "9.25", "机构编制委员会办公室", "2026年12月5日")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertTrue(text.contains(LONG.replaceAll("\\s+", "")), "the wrapped paragraph reads back whole: " + text);
            assertEquals("测试反馈函", doc.getDocumentInformation().getTitle());
            assertEquals(1, doc.getNumberOfPages());
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), "font embedded: " + font.getName());
            }
        }
        assertTrue(pdf.length < 300_000, "the font is embedded as a subset: " + pdf.length + " bytes");
    }

    @Test
    void textLongerThanAPageFlowsOntoMorePagesAndATableRepeatsItsHeader() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of("B" + i, "第" + i + "项指标：" + LONG, String.valueOf(i)));
        }
        byte[] pdf = OfficialDocument.render(FONT, "长表", 10.5f, doc -> doc.title()
                .table(new float[] {1f, 6f, 1f}, List.of("编号", "指标说明", "得分"), rows));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 3, "pages: " + doc.getNumberOfPages());
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            last.setEndPage(doc.getNumberOfPages());
            String lastPage = last.getText(doc);
            assertTrue(lastPage.contains("指标说明"), "the header repeats: " + lastPage);
            assertTrue(lastPage.contains("第80项指标"), lastPage);
        }
    }

    @Test
    void aFontThatCannotBeReadFailsNamingTheLetter() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OfficialDocument.render(
                "/nonexistent/font.ttf", "测试提醒函", 11, doc -> doc.title().paragraph("无")));
        assertTrue(e.getMessage().startsWith("测试提醒函生成失败"), e.getMessage());
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OfficialDocument.render(FONT, "表", 11,
                doc -> doc.table(new float[] {1f, 1f}, List.of("甲", "乙"), List.of(List.of("只有一格")))));
    }
}
