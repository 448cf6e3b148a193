package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.SheetReader;
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
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
    void theExportHasARowPerUnitAndAColumnPerAspect() {
        long round = round("PUBLISHED");
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
        long early = round("REPLY");
        assertEquals(404, get(Keycloak.tokenFor(Role.ORGANISATION), "/api/evaluation/rounds/" + early + "/results.xlsx").statusCode());
        // the unit's own export before publication holds its own row only
        byte[] own = get(Keycloak.tokenFor(Role.DEPARTMENT), "/api/evaluation/rounds/" + early + "/results.xlsx")
                .then().statusCode(200).extract().asByteArray();
        assertEquals(List.of("JZ-QH-D10"), SheetReader.read(new ByteArrayInputStream(own), "单位编码", headers, 100, "评估结果")
                .stream().map(r -> r.cells().get("单位编码")).toList());
    }
}
