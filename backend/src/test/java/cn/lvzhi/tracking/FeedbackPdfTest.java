package cn.lvzhi.tracking;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Mandates;
import cn.lvzhi.testing.Tracking.Round;
import cn.lvzhi.testing.Tracking;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feedback letter (问效反馈函) as PDF: Chinese text read back from the file, the font embedded, visibility kept. */
@QuarkusTest
class FeedbackPdfTest {
    static Response get(String token, String reviewId) {
        var request = RestAssured.given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.get("/api/tracking/reviews/" + reviewId + "/feedback.pdf");
    }

    @Test
    void theLetterCarriesTheChineseTitleAndTheResultInAnEmbeddedFont() throws IOException {
        Round r = Tracking.scoredAtFeedback(Mandates.unitId("JZ-QH-D10"), 0.8);
        Tracking.rectification(r, LocalDate.now().plusMonths(6));
        String reviewId = Tracking.office("query($id: ID!) { trackingRound(id: $id) { matters { reviewId } } }",
                Map.of("id", r.roundId())).getString("data.trackingRound.matters[0].reviewId");

        Response pdf = get(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), reviewId);
        pdf.then().statusCode(200).contentType("application/pdf");
        byte[] bytes = pdf.asByteArray();
        // a subset: the whole Noto Sans CJK face is over 15 MB
        assertTrue(bytes.length < 300_000, "the font is embedded as a subset: " + bytes.length + " bytes");
        Files.write(Path.of("target", "feedback-example.pdf"), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(FeedbackDocument.TITLE), text);
            assertTrue(text.contains("人员配备及到位情况"), "the indicators are listed: " + text);
            assertTrue(text.contains("80.0"), "the normalised result: " + text);
            assertTrue(text.contains("配齐配强工作人员"), "the rectification: " + text);
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), "font embedded: " + font.getName());
            }
        }
        // the unit under review may read its own letter; others do not see it
        get(Keycloak.tokenFor(Role.DEPARTMENT), reviewId).then().statusCode(200);
        assertEquals(404, get(Keycloak.tokenFor(Role.TOWNSHIP), reviewId).statusCode());
        assertEquals(404, get(Keycloak.tokenFor(Role.INTEGRATION), reviewId).statusCode());
        assertEquals(401, get(null, reviewId).statusCode());
    }
}
