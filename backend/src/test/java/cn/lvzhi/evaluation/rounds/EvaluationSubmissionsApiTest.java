package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Mandates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationRounds.SELF;
import static cn.lvzhi.testing.EvaluationRounds.as;
import static cn.lvzhi.testing.EvaluationRounds.deadline;
import static cn.lvzhi.testing.EvaluationRounds.hoursFromNow;
import static cn.lvzhi.testing.EvaluationRounds.office;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Submissions and reminders through GraphQL with real tokens: on time, late before the lock, refused after it; the
 * unit's tasks; 编办's progress panel; returning a submission; letters only to units still missing something, numbered,
 * counted, and their PDF for 编办 and the addressee only.
 */
@QuarkusTest
class EvaluationSubmissionsApiTest {
    static final String ISSUE = """
            mutation($i: IssueReminderLettersInput!) { issueReminderLetters(input: $i) { count letters { id letterNo missingForms
              pdfPath unit { code } } } }""";
    static final String PROGRESS = """
            query($id: ID!) { evaluationRoundProgress(roundId: $id) { unit { code } category overdue lateCount lettersSent
              submissions { id form status dueAt locksAt submittedAt late version } } }""";

    String d10;
    String d11;
    String t01;

    @BeforeEach
    void units() {
        d10 = Mandates.unitId("JZ-QH-D10");
        d11 = Mandates.unitId("JZ-QH-D11");
        t01 = Mandates.unitId("JZ-QH-T01");
    }

    /** A round of D10, D11 and T01: self-assessment overdue but open; goal progress not yet due; T01's self-assessment locked. */
    String round() {
        return office(EvaluationRounds.OPEN, Map.of("i", EvaluationRounds.openInput(EvaluationRounds.scheme("SUPERSEDED"),
                List.of(d10, d11, t01), List.of(
                        deadline(null, "SELF_ASSESSMENT", hoursFromNow(-2), hoursFromNow(48)),
                        deadline(null, "GOAL_PROGRESS", hoursFromNow(24), hoursFromNow(72)),
                        deadline(t01, "SELF_ASSESSMENT", hoursFromNow(-3), hoursFromNow(-1))))))
                .getString("data.openEvaluationRound.round.id");
    }

    static Response pdf(String token, String path) {
        return RestAssured.given().header("Authorization", "Bearer " + token).get(path);
    }

    @Test
    void lateSubmissionsAreCountedLockedOnesRefusedAndLettersGoOnlyToUnitsStillMissingSomething() throws IOException {
        String round = round();

        // the unit's tasks: what, by when, already late
        JsonPath tasks = Gql.data(as(Role.DEPARTMENT, "query { myEvaluationTasks { round { id } submission { form dueAt } late locked } }",
                Map.of()));
        List<Map<String, Object>> mine = tasks.getList("data.myEvaluationTasks.findAll { it.round.id == '" + round + "' }");
        assertEquals(2, mine.size(), "self-assessment and goal progress");
        assertTrue(tasks.getBoolean("data.myEvaluationTasks.find { it.round.id == '" + round + "' && it.submission.form == 'SELF_ASSESSMENT' }.late"));

        // late but before the lock: accepted and counted late; after the lock: refused
        JsonPath submitted = Gql.data(as(Role.DEPARTMENT, SELF, EvaluationRounds.fullSelfAssessment(round)));
        assertTrue(submitted.getBoolean("data.submitSelfAssessment.submission.late"));
        String locked = Gql.error(as(Role.TOWNSHIP, SELF, Map.of("i", Map.of("roundId", round, "entries", List.of(
                Map.of("indicatorCode", "A1", "selfScore", 30))))), "CONFLICT");
        assertTrue(locked.contains("已过报送截止时间"), locked);
        Gql.error(as(Role.DEPARTMENT, SELF, EvaluationRounds.fullSelfAssessment(round)), "CONFLICT");
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, SELF, EvaluationRounds.fullSelfAssessment(round)), "FORBIDDEN");

        // an incomplete or out-of-range self-assessment is refused naming the field
        Map<String, Object> partial = Map.of("i", Map.of("roundId", round, "entries", List.of(Map.of("indicatorCode", "A1", "selfScore", 30))));
        assertEquals("input.entries", field(as(EvaluationRounds.d11Token(), SELF, partial)));
        Map<String, Object> tooHigh = Map.of("i", Map.of("roundId", round, "entries", List.of(
                Map.of("indicatorCode", "A1", "selfScore", 31), Map.of("indicatorCode", "A2", "selfScore", 1),
                Map.of("indicatorCode", "B1", "selfScore", 1))));
        assertEquals("input.entries[0].selfScore", field(as(EvaluationRounds.d11Token(), SELF, tooHigh)));
        Map<String, Object> figureOnManual = Map.of("i", Map.of("roundId", round, "entries", List.of(
                Map.of("indicatorCode", "A1", "selfScore", 30), Map.of("indicatorCode", "A2", "selfScore", 1, "figure", 3),
                Map.of("indicatorCode", "B1", "selfScore", 1))));
        assertEquals("input.entries[1].figure", field(as(EvaluationRounds.d11Token(), SELF, figureOnManual)));
        String othersFile = EvaluationRounds.file(d10);
        Map<String, Object> othersEvidence = Map.of("i", Map.of("roundId", round, "entries", List.of(
                Map.of("indicatorCode", "A1", "selfScore", 30, "fileIds", List.of(othersFile)), Map.of("indicatorCode", "A2", "selfScore", 1),
                Map.of("indicatorCode", "B1", "selfScore", 1))));
        assertEquals("input.entries[0].fileIds", field(as(EvaluationRounds.d11Token(), SELF, othersEvidence)));

        // the panel: who is missing what, who was late
        JsonPath progress = office(PROGRESS, Map.of("id", round));
        assertEquals(1, progress.getInt("data.evaluationRoundProgress.find { it.unit.code == 'JZ-QH-D10' }.lateCount"));
        assertEquals(List.of("SELF_ASSESSMENT"), progress.getList("data.evaluationRoundProgress.find { it.unit.code == 'JZ-QH-D11' }.overdue"));
        assertEquals(List.of(), progress.getList("data.evaluationRoundProgress.find { it.unit.code == 'JZ-QH-D10' }.overdue"));
        Gql.error(as(Role.DEPARTMENT, PROGRESS, Map.of("id", round)), "FORBIDDEN");
        Gql.error(as(Role.COMMAND_CENTRE, PROGRESS, Map.of("id", round)), "NOT_FOUND");

        // letters: to D11 and T01 (missing), never to D10 (everything due is in); numbered and counted
        JsonPath issued = office(ISSUE, Map.of("i", Map.of("roundId", round)));
        assertEquals(2, issued.getInt("data.issueReminderLetters.count"));
        assertEquals(List.of("JZ-QH-D11", "JZ-QH-T01"), issued.getList("data.issueReminderLetters.letters.unit.code").stream().sorted().toList());
        String letterNo = issued.getString("data.issueReminderLetters.letters[0].letterNo");
        assertTrue(letterNo.matches("清编评提〔\\d{4}〕\\d+号"), letterNo);
        assertEquals(List.of("SELF_ASSESSMENT"), issued.getList("data.issueReminderLetters.letters[0].missingForms"));
        office(ISSUE, Map.of("i", Map.of("roundId", round)));
        progress = office(PROGRESS, Map.of("id", round));
        assertEquals(2, progress.getInt("data.evaluationRoundProgress.find { it.unit.code == 'JZ-QH-D11' }.lettersSent"));
        assertEquals(0, progress.getInt("data.evaluationRoundProgress.find { it.unit.code == 'JZ-QH-D10' }.lettersSent"));
        Gql.error(as(Role.DEPARTMENT, ISSUE, Map.of("i", Map.of("roundId", round))), "FORBIDDEN");
        assertTrue(EvaluationRounds.queryLong("SELECT count(*) FROM audit_event WHERE action = 'EVALUATION_REMINDER_LETTER_ISSUED'"
                + " AND entity_id = ?", issued.getString("data.issueReminderLetters.letters[0].id")) == 1);

        // the PDF: for 编办 and the unit addressed; another unit gets 404
        String d11Letter = issued.getString("data.issueReminderLetters.letters.find { it.unit.code == 'JZ-QH-D11' }.pdfPath");
        Response asOffice = pdf(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), d11Letter);
        asOffice.then().statusCode(200).contentType("application/pdf");
        try (PDDocument doc = Loader.loadPDF(asOffice.asByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(ReminderLetterDocument.TITLE), text);
            assertTrue(text.contains("清河区城市管理局"), text);
            assertTrue(text.contains("自评表"), text);
            assertTrue(text.contains("清河区委编办"), text);
        }
        pdf(EvaluationRounds.d11Token(), d11Letter).then().statusCode(200);
        assertEquals(404, pdf(Keycloak.tokenFor(Role.DEPARTMENT), d11Letter).statusCode());
        assertEquals(404, pdf(Keycloak.tokenFor(Role.DISCIPLINE), d11Letter).statusCode());
        JsonPath lettersSeen = Gql.data(as(EvaluationRounds.d11Token(), "query($id: ID!) { evaluationRound(id: $id) { reminderLetters { unit { code } } } }",
                Map.of("id", round)));
        assertEquals(List.of("JZ-QH-D11", "JZ-QH-D11"), lettersSeen.getList("data.evaluationRound.reminderLetters.unit.code"));

        // 编办 returns D10's self-assessment with a comment; D10 submits again before the lock
        String selfSubmission = progress.getString("data.evaluationRoundProgress.find { it.unit.code == 'JZ-QH-D10' }"
                + ".submissions.find { it.form == 'SELF_ASSESSMENT' }.id");
        int version = progress.getInt("data.evaluationRoundProgress.find { it.unit.code == 'JZ-QH-D10' }"
                + ".submissions.find { it.form == 'SELF_ASSESSMENT' }.version");
        String back = """
                mutation($i: ReturnEvaluationSubmissionInput!) { returnEvaluationSubmission(input: $i) { submission { status reviewComment } } }""";
        Gql.error(as(Role.DEPARTMENT, back, Map.of("i", Map.of("submissionId", selfSubmission, "version", version, "comment", "x"))), "FORBIDDEN");
        JsonPath returned = office(back, Map.of("i", Map.of("submissionId", selfSubmission, "version", version, "comment", "佐证材料不全")));
        assertEquals("RETURNED", returned.getString("data.returnEvaluationSubmission.submission.status"));
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, back, Map.of("i", Map.of("submissionId", selfSubmission, "version", version,
                "comment", "再退回"))), "CONFLICT");
        Gql.data(as(Role.DEPARTMENT, SELF, EvaluationRounds.fullSelfAssessment(round)));
    }

    @Test
    void aUnitSeesOnlyRoundsItIsInAndOnlyItsOwnSubmissions() {
        String round = EvaluationRounds.open(List.of(d10), 24);
        String query = "query($id: ID!) { evaluationRound(id: $id) { units { unit { code } } submissions { unit { code } } } }";
        Gql.data(as(Role.DEPARTMENT, query, Map.of("id", round)));
        Gql.error(as(EvaluationRounds.d11Token(), query, Map.of("id", round)), "NOT_FOUND");
        Gql.error(as(Role.TOWNSHIP, query, Map.of("id", round)), "NOT_FOUND");
        Gql.error(as(Role.DISCIPLINE, query, Map.of("id", round)), "NOT_FOUND");
        Gql.data(as(Role.LEADER, query, Map.of("id", round)));
        JsonPath list = Gql.data(as(EvaluationRounds.d11Token(), "query { evaluationRounds(first: 200) { edges { node { id } } } }", Map.of()));
        assertFalse(list.getList("data.evaluationRounds.edges.node.id").contains(round));

        // a goal-progress form is declared submitted; an unknown form is refused
        String other = office(EvaluationRounds.OPEN, Map.of("i", EvaluationRounds.openInput(EvaluationRounds.scheme("SUPERSEDED"), List.of(d10),
                List.of(deadline(null, "SELF_ASSESSMENT", hoursFromNow(24), hoursFromNow(48)),
                        deadline(null, "GOAL_PROGRESS", hoursFromNow(24), hoursFromNow(48)))))).getString("data.openEvaluationRound.round.id");
        String form = "mutation($i: SubmitEvaluationFormInput!) { submitEvaluationForm(input: $i) { submission { form status late } } }";
        JsonPath done = Gql.data(as(Role.DEPARTMENT, form, Map.of("i", Map.of("roundId", other, "form", "GOAL_PROGRESS"))));
        assertEquals("SUBMITTED", done.getString("data.submitEvaluationForm.submission.status"));
        assertFalse(done.getBoolean("data.submitEvaluationForm.submission.late"));
        assertEquals("input.form", field(as(Role.DEPARTMENT, form, Map.of("i", Map.of("roundId", other, "form", "OFFICE_SUGGESTIONS")))));
        assertEquals("input.form", field(as(Role.DEPARTMENT, form, Map.of("i", Map.of("roundId", other, "form", "SELF_ASSESSMENT")))));
    }

    static String field(JsonPath body) {
        Gql.error(body, "VALIDATION");
        return body.getString("errors[0].extensions.field");
    }
}
