package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.FieldworkFiveOnes;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationRounds.office;
import static cn.lvzhi.testing.FieldworkFiveOnes.ISSUE;
import static cn.lvzhi.testing.FieldworkFiveOnes.PROGRESS;
import static cn.lvzhi.testing.FieldworkFiveOnes.RAISE;
import static cn.lvzhi.testing.FieldworkFiveOnes.REPLY;
import static cn.lvzhi.testing.FieldworkFiveOnes.REVIEW;
import static cn.lvzhi.testing.FieldworkFiveOnes.SAVE;
import static cn.lvzhi.testing.FieldworkFiveOnes.SUBMIT;
import static cn.lvzhi.testing.FieldworkFiveOnes.SYMPOSIUM;
import static cn.lvzhi.testing.FieldworkFiveOnes.UNIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 五个一 of a drawn unit through GraphQL with real tokens: the report written, returned with a problem and accepted; a
 * 函调 issued, answered by its addressee, flagged overdue and downloaded as PDF; the symposium recorded with its points
 * raised once; and everyone else refused or shown nothing.
 */
@QuarkusTest
class FieldworkApiTest {
    private String d10;
    private String d11;
    private String centre;
    private String round;

    @BeforeEach
    void drawD10() {
        d10 = id("JZ-QH-D10");
        d11 = id("JZ-QH-D11");
        centre = id("JZ-QH-ZH");
        round = FieldworkFiveOnes.roundDrawing(List.of(d10, d11), List.of(d10));
    }

    private static String id(String code) {
        return Gql.data(Gql.as(Role.LEADER, "query($c: String!) { unitByCode(code: $c) { id } }", Map.of("c", code)))
                .getString("data.unitByCode.id");
    }

    private Map<String, Object> unitVars(String unitId) {
        return Map.of("r", round, "u", unitId);
    }

    private static Map<String, Object> save(String roundId, String unitId, Integer version, String body, List<String> files) {
        Map<String, Object> i = new HashMap<>();
        i.put("roundId", roundId);
        i.put("unitId", unitId);
        i.put("body", body);
        i.put("fileIds", files);
        if (version != null) {
            i.put("version", version);
        }
        return Map.of("i", i);
    }

    @Test
    void shouldWriteSubmitReturnAndAcceptTheDrawnUnitsReport() {
        String file = EvaluationRounds.file(d10);
        JsonPath saved = Gql.data(EvaluationRounds.as(Role.DEPARTMENT, SAVE, save(round, d10, null, "## 一、履职情况\n<script>x</script>", List.of(file))));
        String report = saved.getString("data.saveFieldworkReport.report.id");
        assertEquals("DRAFT", saved.getString("data.saveFieldworkReport.report.status"));

        // another unit's file, another unit's report, a unit not drawn
        assertEquals("input.fileIds", field(EvaluationRounds.as(Role.DEPARTMENT, SAVE,
                save(round, d10, 0, "正文", List.of(EvaluationRounds.file(d11)))), "VALIDATION"));
        Gql.error(EvaluationRounds.as(EvaluationRounds.d11Token(), SAVE, save(round, d10, null, "正文", List.of())), "NOT_FOUND");
        assertEquals("input.unitId", field(EvaluationRounds.as(EvaluationRounds.d11Token(), SAVE,
                save(round, d11, null, "正文", List.of())), "VALIDATION"));
        Gql.error(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, SAVE, save(round, d10, 0, "正文", List.of())), "FORBIDDEN");

        Gql.error(EvaluationRounds.as(Role.DEPARTMENT, SUBMIT, Map.of("i", Map.of("reportId", report, "version", 7))), "CONFLICT");
        Gql.data(EvaluationRounds.as(Role.DEPARTMENT, SUBMIT, Map.of("i", Map.of("reportId", report, "version", 0))));
        Gql.error(EvaluationRounds.as(Role.DEPARTMENT, SAVE, save(round, d10, 1, "改", List.of())), "CONFLICT");

        Gql.error(EvaluationRounds.as(Role.LEADER, REVIEW, Map.of("i", Map.of("reportId", report, "version", 1, "accept", true))), "FORBIDDEN");
        assertEquals("input.comment", field(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, REVIEW,
                Map.of("i", Map.of("reportId", report, "version", 1, "accept", false))), "VALIDATION"));
        JsonPath returned = office(REVIEW, Map.of("i", Map.of("reportId", report, "version", 1, "accept", false,
                "comment", "未对照标准逐项说明", "problems", List.of("职责任务清单更新不及时"))));
        assertEquals("RETURNED", returned.getString("data.reviewFieldworkReport.report.status"));
        assertEquals(1, returned.getInt("data.reviewFieldworkReport.problemsRaised"));
        assertEquals(1, EvaluationRounds.queryLong("SELECT count(*) FROM evaluation_problem WHERE source_kind = 'REPORT_REVIEW'"
                + " AND source_id = ? AND unit_id = ? AND round_id = ?", Long.valueOf(report), Long.valueOf(d10), Long.valueOf(round)));

        Gql.data(EvaluationRounds.as(Role.DEPARTMENT, SAVE, save(round, d10, 2, "## 一、履职情况（修改）", List.of(file))));
        Gql.data(EvaluationRounds.as(Role.DEPARTMENT, SUBMIT, Map.of("i", Map.of("reportId", report, "version", 3))));
        assertEquals("ACCEPTED", office(REVIEW, Map.of("i", Map.of("reportId", report, "version", 4, "accept", true)))
                .getString("data.reviewFieldworkReport.report.status"));

        JsonPath leader = Gql.data(EvaluationRounds.as(Role.LEADER, UNIT, unitVars(d10)));
        assertEquals("ACCEPTED", leader.getString("data.fieldworkUnit.report.status"));
        assertFalse(leader.getBoolean("data.fieldworkUnit.canRecord"));
        assertEquals(1, leader.getList("data.fieldworkUnit.report.files").size());
        JsonPath own = Gql.data(EvaluationRounds.as(Role.DEPARTMENT, UNIT, unitVars(d10)));
        assertTrue(own.getBoolean("data.fieldworkUnit.canWriteReport"));
        Gql.error(EvaluationRounds.as(EvaluationRounds.d11Token(), UNIT, unitVars(d10)), "NOT_FOUND");
        Gql.error(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, UNIT, unitVars(d11)), "NOT_FOUND");
        Gql.error(EvaluationRounds.as(Role.DISCIPLINE, UNIT, unitVars(d10)), "NOT_FOUND");
    }

    @Test
    void shouldIssueALetterTheAddresseeAnswersAndFlagItOverdueUntilThen() throws IOException {
        Map<String, Object> input = FieldworkFiveOnes.letter(round, d10, centre, 7);
        input.put("clientKey", "fw-" + System.nanoTime());
        JsonPath issued = office(ISSUE, Map.of("i", input));
        String letter = issued.getString("data.issueFieldworkInquiryLetter.letter.id");
        String no = issued.getString("data.issueFieldworkInquiryLetter.letter.letterNo");
        assertTrue(no.matches("清编函〔" + LocalDate.now(cn.lvzhi.testing.EvaluationFixtures.BEIJING).getYear() + "〕\\d+号"), no);
        assertEquals(letter, office(ISSUE, Map.of("i", input)).getString("data.issueFieldworkInquiryLetter.letter.id"));

        assertEquals("input.addresseeUnitId", field(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, ISSUE,
                Map.of("i", FieldworkFiveOnes.letter(round, d10, d11, 7))), "VALIDATION"));
        assertEquals("input.replyDueOn", field(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, ISSUE,
                Map.of("i", FieldworkFiveOnes.letter(round, d10, centre, -1))), "VALIDATION"));
        assertEquals("input.unitId", field(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, ISSUE,
                Map.of("i", FieldworkFiveOnes.letter(round, d11, centre, 7))), "VALIDATION"));
        Gql.error(EvaluationRounds.as(Role.LEADER, ISSUE, Map.of("i", FieldworkFiveOnes.letter(round, d10, centre, 7))), "FORBIDDEN");

        // the addressee sees it; the drawn unit does not (it is not addressed to it); another unit nothing
        JsonPath inbox = Gql.data(EvaluationRounds.as(Role.COMMAND_CENTRE, FieldworkFiveOnes.LETTERS, Map.of("r", round)));
        assertEquals(1, inbox.getInt("data.fieldworkInquiryLetters.totalCount"));
        assertEquals(0, Gql.data(EvaluationRounds.as(Role.DEPARTMENT, UNIT, unitVars(d10))).getList("data.fieldworkUnit.letters").size());
        assertEquals(0, Gql.data(EvaluationRounds.as(EvaluationRounds.d11Token(), FieldworkFiveOnes.LETTERS, Map.of("r", round)))
                .getInt("data.fieldworkInquiryLetters.totalCount"));
        Gql.error(EvaluationRounds.as(Role.DEPARTMENT, "query($id: ID!) { fieldworkInquiryLetter(id: $id) { id } }",
                Map.of("id", letter)), "NOT_FOUND");

        Gql.error(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, RAISE, Map.of("i", Map.of("letterId", letter, "description", "x"))), "CONFLICT");
        Map<String, Object> reply = Map.of("i", Map.of("letterId", letter, "version", 0, "replyText", "工单按期办结率 97.50%"));
        Gql.error(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, REPLY, reply), "FORBIDDEN");
        EvaluationRounds.sql("UPDATE fieldwork_inquiry_letter SET reply_due_on = current_date - 2 WHERE id = ?", Long.valueOf(letter));
        JsonPath before = Gql.data(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, PROGRESS, Map.of("r", round)));
        assertEquals(1, before.getInt("data.fieldworkProgress[0].lettersOverdue"));
        assertEquals(0, before.getInt("data.fieldworkProgress[0].lettersReplied"));

        JsonPath answered = Gql.data(EvaluationRounds.as(Role.COMMAND_CENTRE, REPLY, reply));
        assertNotNull(answered.getString("data.replyFieldworkInquiryLetter.letter.repliedAt"));
        Gql.error(EvaluationRounds.as(Role.COMMAND_CENTRE, REPLY, Map.of("i", Map.of("letterId", letter, "version", 1,
                "replyText", "再答"))), "CONFLICT");
        JsonPath after = Gql.data(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, PROGRESS, Map.of("r", round)));
        assertEquals(0, after.getInt("data.fieldworkProgress[0].lettersOverdue"));
        assertEquals(1, after.getInt("data.fieldworkProgress[0].lettersReplied"));

        String problem = office(RAISE, Map.of("i", Map.of("letterId", letter, "description", "热线工单重复转办")))
                .getString("data.raiseFieldworkInquiryProblem.problemId");
        assertEquals(1, EvaluationRounds.queryLong("SELECT count(*) FROM evaluation_problem WHERE id = ? AND source_kind = 'INQUIRY'"
                + " AND source_id = ?", Long.valueOf(problem), Long.valueOf(letter)));

        byte[] pdf = RestAssured.given().auth().oauth2(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE))
                .get("/api/evaluation/fieldwork/letters/" + letter + "/letter.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains(no), text);
            assertTrue(text.contains("一、年度内行政执法案件是否存在被撤销的情形？"), text);
        }
        RestAssured.given().auth().oauth2(EvaluationRounds.d11Token())
                .get("/api/evaluation/fieldwork/letters/" + letter + "/letter.pdf").then().statusCode(404);
    }

    @Test
    void shouldLetTheDrawnUnitAnswerALetterAddressedToItself() {
        String letter = FieldworkFiveOnes.issue(FieldworkFiveOnes.letter(round, d10, d10, 5));
        JsonPath own = Gql.data(EvaluationRounds.as(Role.DEPARTMENT, UNIT, unitVars(d10)));
        assertEquals(List.of(letter), own.getList("data.fieldworkUnit.letters.id"));
        String file = EvaluationRounds.file(d10);
        JsonPath answered = Gql.data(EvaluationRounds.as(Role.DEPARTMENT, REPLY, Map.of("i", Map.of("letterId", letter,
                "version", 0, "replyText", "已逐项答复", "fileIds", List.of(file)))));
        assertEquals(1, answered.getList("data.replyFieldworkInquiryLetter.letter.replyFiles").size());
        Gql.error(EvaluationRounds.as(EvaluationRounds.d11Token(), REPLY, Map.of("i", Map.of("letterId", letter,
                "version", 1, "replyText", "x"))), "NOT_FOUND");
    }

    @Test
    void shouldRecordTheSymposiumRaisingEachPointOnce() {
        JsonPath first = office(SYMPOSIUM, Map.of("i", FieldworkFiveOnes.symposium(round, d10, null)));
        assertEquals(1, first.getInt("data.recordFieldworkSymposium.problemsRaised"));
        String problem = first.getString("data.recordFieldworkSymposium.symposium.points[0].problemId");
        assertNotNull(problem);
        JsonPath again = office(SYMPOSIUM, Map.of("i", FieldworkFiveOnes.symposium(round, d10, 1)));
        assertEquals(0, again.getInt("data.recordFieldworkSymposium.problemsRaised"));
        assertEquals(problem, again.getString("data.recordFieldworkSymposium.symposium.points[0].problemId"));
        Gql.error(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, SYMPOSIUM, Map.of("i", FieldworkFiveOnes.symposium(round, d10, 0))), "CONFLICT");
        Gql.error(EvaluationRounds.as(Role.DEPARTMENT, SYMPOSIUM, Map.of("i", FieldworkFiveOnes.symposium(round, d10, 2))), "FORBIDDEN");
        Map<String, Object> future = FieldworkFiveOnes.symposium(round, d10, 2);
        future.put("heldOn", LocalDate.now().plusDays(3).toString());
        assertEquals("input.heldOn", field(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, SYMPOSIUM, Map.of("i", future)), "VALIDATION"));
        assertEquals("input.unitId", field(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, SYMPOSIUM,
                Map.of("i", FieldworkFiveOnes.symposium(round, d11, null))), "VALIDATION"));
        assertEquals(1, EvaluationRounds.queryLong("SELECT count(*) FROM evaluation_problem WHERE source_kind = 'SYMPOSIUM'"
                + " AND round_id = ?", Long.valueOf(round)));

        JsonPath own = Gql.data(EvaluationRounds.as(Role.DEPARTMENT, UNIT, unitVars(d10)));
        assertEquals("三楼会议室", own.getString("data.fieldworkUnit.symposium.place"));
        assertEquals(List.of("赵磊"), own.getList("data.fieldworkUnit.symposium.talks.person"));
    }

    @Test
    void shouldShowTheOverviewToThoseWhoSeeTheDrawnUnitsOnly() {
        JsonPath bianban = Gql.data(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, PROGRESS, Map.of("r", round)));
        assertEquals(List.of("JZ-QH-D10"), bianban.getList("data.fieldworkProgress.unit.code"));
        assertEquals(List.of("JZ-QH-D10"), Gql.data(EvaluationRounds.as(Role.LEADER, PROGRESS, Map.of("r", round)))
                .getList("data.fieldworkProgress.unit.code"));
        assertEquals(List.of("JZ-QH-D10"), Gql.data(EvaluationRounds.as(Role.DEPARTMENT, PROGRESS, Map.of("r", round)))
                .getList("data.fieldworkProgress.unit.code"));
        Gql.error(EvaluationRounds.as(EvaluationRounds.d11Token(), PROGRESS, Map.of("r", round)), "NOT_FOUND");
        Gql.error(EvaluationRounds.as(Role.GRID_WORKER, PROGRESS, Map.of("r", round)), "NOT_FOUND");

        // a cancelled draw takes no unit: its units have no 五个一
        String other = EvaluationRounds.open(List.of(d10, d11), 24);
        FieldworkFiveOnes.draw(other, List.of(d11), "CANCELLED");
        assertEquals(List.of(), Gql.data(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, PROGRESS, Map.of("r", other)))
                .getList("data.fieldworkProgress"));
        Gql.error(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, UNIT, Map.of("r", other, "u", d11)), "NOT_FOUND");
    }

    @Test
    void shouldAnswerEveryFieldworkReadInOneDocument() {
        // GraphQL resolves sibling fields at once: each must read in a session of its own, not share one
        String letter = FieldworkFiveOnes.issue(FieldworkFiveOnes.letter(round, d10, centre, 5));
        String together = """
                query($r: ID!, $u: ID!, $l: ID!) {
                  a: fieldworkProgress(roundId: $r) { unit { code } lettersSent }
                  b: fieldworkInquiryLetters(roundId: $r, first: 5) { totalCount }
                  c: fieldworkUnit(roundId: $r, unitId: $u) { unit { code } letters { id } }
                  d: fieldworkInquiryLetter(id: $l) { id }
                  e: fieldworkProgress(roundId: $r) { unit { code } } }""";
        for (int i = 0; i < 5; i++) {
            JsonPath all = Gql.data(EvaluationRounds.as(Role.ESTABLISHMENT_OFFICE, together, Map.of("r", round, "u", d10, "l", letter)));
            assertEquals(List.of("JZ-QH-D10"), all.getList("data.a.unit.code"));
            assertEquals(1, all.getInt("data.a[0].lettersSent"));
            assertEquals(1, all.getInt("data.b.totalCount"));
            assertEquals(List.of(letter), all.getList("data.c.letters.id"));
            assertEquals(letter, all.getString("data.d.id"));
            assertEquals(List.of("JZ-QH-D10"), all.getList("data.e.unit.code"));
        }
    }

    private static String field(JsonPath body, String code) {
        Gql.error(body, code);
        return body.getString("errors[0].extensions.field");
    }
}
