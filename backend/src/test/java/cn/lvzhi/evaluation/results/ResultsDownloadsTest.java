package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.SheetReader;
import cn.lvzhi.common.SheetWriterTest;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationResults;
import cn.lvzhi.testing.Imports;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.evaluation.EvaluationCategory.LAW_ENFORCEMENT;
import static cn.lvzhi.evaluation.EvaluationCategory.SAFETY_ENVIRONMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feedback letter (PDF) and the results export (.xlsx) read back, under the results' visibility. */
@QuarkusTest
class ResultsDownloadsTest {
    static Response get(String token, String path) {
        var request = RestAssured.given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.get(path);
    }

    static long round(String stage) {
        long round = EvaluationResults.round("下载测试批次", EvaluationResults.scheme(), stage, null, 3,
                EvaluationResults.units("JZ-QH-D10", SAFETY_ENVIRONMENT, "JZ-QH-D11", LAW_ENFORCEMENT));
        EvaluationResults.mark(round, "JZ-QH-D10", "A1", null, "30", null);
        EvaluationResults.mark(round, "JZ-QH-D10", "A2", "20", "25", "被区纪委监委通报批评 1 次");
        EvaluationResults.mark(round, "JZ-QH-D10", "B1", null, "12", "年度自评材料逾期报送");
        EvaluationResults.mark(round, "JZ-QH-D10", "B2", null, "20", null);
        EvaluationResults.finals(round, "JZ-QH-D11", "27.5", "30", "20", "20");
        return round;
    }

    @Test
    void theFeedbackLetterListsEveryDeductionWithItsReasonInAnEmbeddedFont() throws IOException {
        long round = round("PUBLISHED");
        String path = "/api/evaluation/rounds/" + round + "/units/" + EvaluationResults.unitId("JZ-QH-D10") + "/feedback.pdf";
        Response pdf = get(Keycloak.tokenFor(Role.DEPARTMENT), path);
        pdf.then().statusCode(200).contentType("application/pdf");
        byte[] bytes = pdf.asByteArray();
        assertTrue(bytes.length < 300_000, "the font is embedded as a subset: " + bytes.length + " bytes");
        Files.write(Path.of("target", "evaluation-feedback-example.pdf"), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(FeedbackLetter.TITLE), text);
            assertTrue(text.contains("综合得分：87.00 分"), text);
            assertTrue(text.contains("被区纪委监委通报批评 1 次"), text);
            assertTrue(text.contains("年度自评材料逾期报送"), text);
            assertTrue(text.contains("不排名"), "two units of different categories are not ranked: " + text);
            assertTrue(text.contains("与上一轮相比：无可比上轮。"), "the letter says why there is no change: " + text);
            assertTrue(text.contains("材料报送质量失 8.00 分"), "the weakness: " + text);
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), "font embedded: " + font.getName());
            }
        }
        assertEquals(200, get(Keycloak.password("lvzhi-cli", "chengguan"), path).statusCode());
        assertEquals(404, get(Keycloak.tokenFor(Role.INTEGRATION), path).statusCode());
        assertEquals(401, get(null, path).statusCode());

        long unpublished = round("FIRST_MARK");
        String early = "/api/evaluation/rounds/" + unpublished + "/units/" + EvaluationResults.unitId("JZ-QH-D10") + "/feedback.pdf";
        assertEquals(403, get(Keycloak.tokenFor(Role.DEPARTMENT), early).statusCode());
        assertEquals(404, get(Keycloak.password("lvzhi-cli", "chengguan"), early).statusCode());
        assertEquals(200, get(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), early).statusCode());
    }

    @Test
    void theLetterReadsARateAsAPercentage() throws IOException {
        long round = round("PUBLISHED");
        EvaluationResults.figure(round, "JZ-QH-D10", "A1", "0.9", "9", "10");
        EvaluationResults.mark(round, "JZ-QH-D10", "A1", "27", "27", null);
        byte[] bytes = get(Keycloak.tokenFor(Role.DEPARTMENT), "/api/evaluation/rounds/" + round + "/units/"
                + EvaluationResults.unitId("JZ-QH-D10") + "/feedback.pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("数值90.00%（9/10），按计分规则计算：按完成比例计分：实际值÷目标值100.00%"), text);
            assertTrue(text.contains("27.00（扣3.00）"), text);
        }
    }

    @Test
    void theExportHasARowPerUnitAndAColumnPerAspect() throws IOException {
        long round = round("PUBLISHED");
        EvaluationResults.figure(round, "JZ-QH-D10", "A1", "0.9607", "269", "280");
        EvaluationResults.figure(round, "JZ-QH-D10", "A2", "1", "1", null);
        byte[] xlsx = get(Keycloak.tokenFor(Role.ORGANISATION), "/api/evaluation/rounds/" + round + "/results.xlsx")
                .then().statusCode(200).contentType(Imports.XLSX).extract().asByteArray();
        List<String> headers = List.of("单位编码", "单位名称", "评估类别", "综合得分", "类别排名", "履职成效", "工作作风");
        List<SheetReader.SheetRow> rows = SheetReader.read(new ByteArrayInputStream(xlsx), "单位编码", headers, 100, "评估结果");
        assertEquals(2, rows.size());
        Map<String, String> d10 = rows.stream().filter(r -> r.cells().get("单位编码").equals("JZ-QH-D10")).findFirst().orElseThrow().cells();
        assertEquals("安全环保类", d10.get("评估类别"));
        assertEquals(87.0, Double.parseDouble(d10.get("综合得分")));
        assertEquals("不排名", d10.get("类别排名"));
        assertEquals(55.0, Double.parseDouble(d10.get("履职成效")));
        assertEquals(32.0, Double.parseDouble(d10.get("工作作风")));
        exportedNumbersKeepTheirFormat(xlsx);
        long early = round("REPLY");
        assertEquals(404, get(Keycloak.tokenFor(Role.ORGANISATION), "/api/evaluation/rounds/" + early + "/results.xlsx").statusCode());
        // the unit's own export before publication holds its own row only
        byte[] own = get(Keycloak.tokenFor(Role.DEPARTMENT), "/api/evaluation/rounds/" + early + "/results.xlsx")
                .then().statusCode(200).extract().asByteArray();
        assertEquals(List.of("JZ-QH-D10"), SheetReader.read(new ByteArrayInputStream(own), "单位编码", headers, 100, "评估结果")
                .stream().map(r -> r.cells().get("单位编码")).toList());
    }

    /** Numbers are number cells in their format (points 0.00, a rate 0.00%, a count with its unit); the header is frozen. */
    static void exportedNumbersKeepTheirFormat(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<Row> summary = wb.findSheet(ResultsExport.RESULTS_SHEET).orElseThrow().read();
            List<String> headers = summary.get(1).stream().map(Cell::getText).toList();
            assertEquals(List.of("序号", "单位编码", "单位名称", "评估类别", "综合得分", "实得分", "适用分值", "类别排名", "较上轮（同口径）",
                    "履职成效", "工作作风"), headers);
            Row d10 = summary.stream().filter(r -> "JZ-QH-D10".equals(r.getCellText(1))).findFirst().orElseThrow();
            for (String column : List.of("综合得分", "实得分", "适用分值", "履职成效", "工作作风")) {
                Cell cell = d10.getCell(headers.indexOf(column));
                assertEquals(CellType.NUMBER, cell.getType(), column);
                assertEquals(FigureFormat.POINTS, cell.getDataFormatString(), column);
            }
            assertEquals(0, new BigDecimal("87").compareTo(d10.getCell(headers.indexOf("综合得分")).asNumber()));
            // no previous round: the reason instead of a blank cell
            assertEquals("无可比上轮", d10.getCellText(headers.indexOf("较上轮（同口径）")));

            List<Row> detail = wb.findSheet(ResultsExport.DETAIL_SHEET).orElseThrow().read();
            List<String> columns = detail.get(1).stream().map(Cell::getText).toList();
            Cell rate = figureCell(detail, columns, "A1");
            assertEquals(CellType.NUMBER, rate.getType());
            assertEquals(0, new BigDecimal("0.9607").compareTo(rate.asNumber()));
            assertEquals(FigureFormat.PERCENT, rate.getDataFormatString());
            Cell count = figureCell(detail, columns, "A2");
            assertEquals(CellType.NUMBER, count.getType());
            assertEquals("0 \\次", count.getDataFormatString());
        }
        String sheet = SheetWriterTest.part(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("ySplit=\"2\"") && sheet.contains("state=\"frozen\""), sheet);
    }

    private static Cell figureCell(List<Row> detail, List<String> columns, String code) {
        Row row = detail.stream().filter(r -> "JZ-QH-D10".equals(r.getCellText(0)) && code.equals(r.getCellText(2)))
                .findFirst().orElseThrow();
        return row.getCell(columns.indexOf("数值"));
    }
}
