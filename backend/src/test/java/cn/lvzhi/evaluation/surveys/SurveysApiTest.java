package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.evaluation.computations.ComputedFigure;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationFixtures;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.FieldworkSurveys;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.FieldworkSurveys.ANSWER;
import static cn.lvzhi.testing.FieldworkSurveys.CLOSE;
import static cn.lvzhi.testing.FieldworkSurveys.CREATE;
import static cn.lvzhi.testing.FieldworkSurveys.LIST;
import static cn.lvzhi.testing.FieldworkSurveys.ONE;
import static cn.lvzhi.testing.FieldworkSurveys.PUBLISH;
import static cn.lvzhi.testing.FieldworkSurveys.RESULTS;
import static cn.lvzhi.testing.FieldworkSurveys.SHARE;
import static cn.lvzhi.testing.FieldworkSurveys.TO_ANSWER;
import static cn.lvzhi.testing.FieldworkSurveys.UPDATE;
import static cn.lvzhi.testing.FieldworkSurveys.answerAnonymously;
import static cn.lvzhi.testing.FieldworkSurveys.answerInput;
import static cn.lvzhi.testing.FieldworkSurveys.createInput;
import static cn.lvzhi.testing.FieldworkSurveys.draft;
import static cn.lvzhi.testing.FieldworkSurveys.office;
import static cn.lvzhi.testing.FieldworkSurveys.publish;
import static cn.lvzhi.testing.FieldworkSurveys.sheet;
import static cn.lvzhi.testing.FieldworkSurveys.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questionnaires through the API with real tokens: design and its validation, fixed questions once published, named
 * units answering once each, the office heads of one unit (五个一), the anonymous link (no identity stored, rate-limited),
 * the live results and who reads them, and the SATISFACTION_SURVEY figure.
 */
@QuarkusTest
class SurveysApiTest {
    private static final String D10_OFFICE = Keycloak.ENVIRONMENT_OFFICE;

    private static String dept() {
        return Keycloak.tokenFor(Role.DEPARTMENT);
    }

    private static JsonPath as(String token, String document, Map<String, Object> vars) {
        return Gql.ok(Gql.post(token, document, vars));
    }

    private static Map<String, Object> version(String id, int version) {
        return Map.of("i", Map.of("id", id, "version", version));
    }

    @Test
    void designIsValidatedAndFixedOncePublished() {
        long t1 = EvaluationFixtures.unit("问卷设计甲", "LIVELIHOOD");
        Map<String, Object> bad = createInput("设计", null, List.of(t1));
        List<Map<String, Object>> questions = FieldworkSurveys.withScale(7);
        bad.put("questions", questions);
        assertEquals("input.questions[2].scaleMax", Gql.as(Role.ESTABLISHMENT_OFFICE, CREATE, Map.of("i", bad))
                .getString("errors[0].extensions.field"));
        Map<String, Object> foreign = createInput("设计", null, List.of(EvaluationFixtures.unitId("JZ-QH-D10-K07")));
        assertEquals("input.targetUnitIds[0]", Gql.as(Role.ESTABLISHMENT_OFFICE, CREATE, Map.of("i", foreign))
                .getString("errors[0].extensions.field"));
        Map<String, Object> untitled = createInput("", null, List.of(t1));
        Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, CREATE, Map.of("i", untitled)), "VALIDATION");
        Map<String, Object> noRound = createInput("设计", "999999999", List.of(t1));
        assertEquals("input.roundId", Gql.as(Role.ESTABLISHMENT_OFFICE, CREATE, Map.of("i", noRound)).getString("errors[0].extensions.field"));
        assertTrue(Gql.error(Gql.as(Role.DEPARTMENT, CREATE, Map.of("i", createInput("设计", null, List.of(t1)))), "FORBIDDEN")
                .contains("编办"));

        String id = draft("社会各界评部门" + EvaluationFixtures.unique(), List.of(t1));
        Gql.error(as(dept(), ONE, Map.of("id", id)), "NOT_FOUND");
        Map<String, Object> change = createInput("改名后的问卷", null, List.of(t1));
        change.put("id", id);
        change.put("version", 0);
        JsonPath changed = office(UPDATE, Map.of("i", change));
        assertEquals(1, changed.getInt("data.updateQuestionnaire.questionnaire.version"));
        assertEquals("改名后的问卷", changed.getString("data.updateQuestionnaire.questionnaire.title"));
        Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, UPDATE, Map.of("i", change)), "CONFLICT");
        Gql.error(Gql.as(Role.LEADER, UPDATE, Map.of("i", change)), "FORBIDDEN");

        Map<String, Object> selfRating = new HashMap<>(Map.of("id", id, "version", 1, "audience", "UNITS",
                "respondentUnitIds", List.of(String.valueOf(t1))));
        assertEquals("input.respondentUnitIds[0]", Gql.as(Role.ESTABLISHMENT_OFFICE, PUBLISH,
                Map.of("i", selfRating)).getString("errors[0].extensions.field"));
        Map<String, Object> noOne = new HashMap<>(Map.of("id", id, "version", 1, "audience", "UNITS"));
        assertEquals("input.respondentUnitIds", Gql.as(Role.ESTABLISHMENT_OFFICE, PUBLISH,
                Map.of("i", noOne)).getString("errors[0].extensions.field"));
        office(PUBLISH, Map.of("i", Map.of("id", id, "version", 1, "audience", "UNITS",
                "respondentUnitIds", List.of(String.valueOf(EvaluationFixtures.unitId("JZ-QH-D10"))))));
        change.put("version", 2);
        assertTrue(Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, UPDATE, Map.of("i", change)), "CONFLICT").contains("已发布"));
    }

    @Test
    void namedUnitsAnswerOnceAndReadOnlyTheirOwn() {
        long t1 = EvaluationFixtures.unit("问卷实名甲", "LIVELIHOOD");
        long t2 = EvaluationFixtures.unit("问卷实名乙", "LIVELIHOOD");
        long d10 = EvaluationFixtures.unitId("JZ-QH-D10");
        long d11 = EvaluationFixtures.unitId("JZ-QH-D11");
        String id = draft("部门互评问卷" + EvaluationFixtures.unique(), List.of(t1, t2));
        JsonPath published = publish(id, "UNITS", List.of(d10, d11), null);
        assertEquals("PUBLISHED", published.getString("data.publishQuestionnaire.questionnaire.status"));
        assertNull(published.getString("data.publishQuestionnaire.questionnaire.linkToken"));

        JsonPath first = Gql.data(as(dept(), ANSWER, answerInput(id, t1, sheet(0, 5, "很好"))));
        String sheetId = first.getString("data.answerQuestionnaire.response.id");
        assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), first.getString("data.answerQuestionnaire.response.answeredOn"));
        assertEquals(sheetId, Gql.data(as(dept(), ANSWER, answerInput(id, t1, sheet(0, 5, "很好"))))
                .getString("data.answerQuestionnaire.response.id"), "the same sheet again is the first one");
        assertTrue(Gql.error(as(dept(), ANSWER, answerInput(id, t1, sheet(1, 2, "改主意"))), "CONFLICT").startsWith("本单位已提交过对该单位的答卷"));
        assertEquals("input.targetUnitId", as(dept(), ANSWER, answerInput(id, null, sheet(0, 5, "x"))).getString("errors[0].extensions.field"));
        assertEquals("input.targetUnitId", as(dept(), ANSWER, answerInput(id, d11, sheet(0, 5, "x"))).getString("errors[0].extensions.field"));
        assertEquals("input.answers", as(dept(), ANSWER, answerInput(id, t2, List.of(Map.of("question", 0, "choices", List.of(0)))))
                .getString("errors[0].extensions.field"), "the required scale question is missing");
        assertEquals("input.answers[1].value", as(dept(), ANSWER, answerInput(id, t2, sheet(0, 9, "x")))
                .getString("errors[0].extensions.field"));
        Gql.data(as(dept(), ANSWER, answerInput(id, t2, sheet(2, 1, "一般"))));
        Gql.data(as(EvaluationRounds.d11Token(), ANSWER, answerInput(id, t1, sheet(1, 3, "尚可"))));
        Gql.error(Gql.as(Role.TOWNSHIP, ANSWER, answerInput(id, t1, sheet(0, 5, "x"))), "NOT_FOUND");
        Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, ANSWER, answerInput(id, t1, sheet(0, 5, "x"))), "FORBIDDEN");

        JsonPath mine = Gql.data(as(dept(), ONE, Map.of("id", id)));
        assertEquals(2, mine.getList("data.questionnaire.myResponses").size(), "its own two sheets, not 城管's");
        assertNull(mine.get("data.questionnaire.responseCount"));
        assertEquals(List.of(), mine.getList("data.questionnaire.respondents"));
        assertTrue(Gql.data(as(dept(), TO_ANSWER, Map.of())).getList("data.questionnairesToAnswer.id").contains(id));
        assertFalse(Gql.data(Gql.as(Role.TOWNSHIP, TO_ANSWER)).getList("data.questionnairesToAnswer.id").contains(id));
        Gql.error(Gql.as(Role.TOWNSHIP, ONE, Map.of("id", id)), "NOT_FOUND");
        JsonPath all = office(ONE, Map.of("id", id));
        assertEquals(3, all.getInt("data.questionnaire.responseCount"));
        assertEquals(2, all.getList("data.questionnaire.respondents").size());
        assertEquals(List.of(), all.getList("data.questionnaire.myResponses"));

        JsonPath results = office(RESULTS, Map.of("id", id));
        assertEquals(3, results.getInt("data.questionnaireResults.responseCount"));
        // scale answers 5, 1, 3 → (1 + 0 + 0.5) / 3
        assertEquals(0.5f, results.getFloat("data.questionnaireResults.satisfaction"));
        assertEquals(List.of(1, 1, 1), results.getList("data.questionnaireResults.questions[0].options.count"));
        assertEquals(List.of("一般", "尚可", "很好"), results.getList("data.questionnaireResults.questions[3].texts"));
        assertEquals(List.of(2, 1), results.getList("data.questionnaireResults.targets.responseCount"));
        JsonPath aboutT1 = Gql.data(Gql.as(Role.LEADER, RESULTS, Map.of("id", id, "t", String.valueOf(t1))));
        assertEquals(2, aboutT1.getInt("data.questionnaireResults.responseCount"));
        assertEquals(4.0f, aboutT1.getFloat("data.questionnaireResults.questions[2].scaleMean"));
        assertEquals(List.of(), aboutT1.getList("data.questionnaireResults.targets"));
        assertTrue(Gql.error(as(dept(), RESULTS, Map.of("id", id)), "FORBIDDEN").contains("汇总结果"));
        Gql.error(Gql.as(Role.DISCIPLINE, RESULTS, Map.of("id", id)), "NOT_FOUND");

        Gql.error(Gql.as(Role.LEADER, CLOSE, version(id, 1)), "FORBIDDEN");
        Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, CLOSE, version(id, 0)), "CONFLICT");
        Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, SHARE, Map.of("i", Map.of("id", id, "version", 1, "shared", true))), "CONFLICT");
        assertEquals("CLOSED", office(CLOSE, version(id, 1)).getString("data.closeQuestionnaire.questionnaire.status"));
        assertTrue(Gql.error(as(dept(), ANSWER, answerInput(id, t2, sheet(0, 5, "晚了"))), "FORBIDDEN").contains("不能作答"));
        assertEquals(true, office(SHARE, Map.of("i", Map.of("id", id, "version", 2, "shared", true)))
                .getBoolean("data.shareQuestionnaireResults.questionnaire.resultsShared"));

        JsonPath listed = office(LIST, Map.of("u", String.valueOf(t1)));
        assertEquals(List.of(id), listed.getList("data.questionnaires.edges.node.id"));
        assertTrue(Gql.data(as(dept(), LIST, Map.of())).getList("data.questionnaires.edges.node.id").contains(id));
        assertFalse(Gql.data(Gql.as(Role.TOWNSHIP, LIST, Map.of())).getList("data.questionnaires.edges.node.id").contains(id));
        assertEquals(0, Gql.data(Gql.as(Role.COMMITTEE, LIST, Map.of())).getInt("data.questionnaires.totalCount"));
    }

    @Test
    void aQuestionnaireAssessingNoUnitIsAnsweredOncePerUnit() {
        long d10 = EvaluationFixtures.unitId("JZ-QH-D10");
        String id = draft("群众满意度问卷" + EvaluationFixtures.unique(), List.of());
        publish(id, "UNITS", List.of(d10), null);
        Gql.data(as(dept(), ANSWER, answerInput(id, null, sheet(0, 4, "热情"))));
        assertEquals("本单位已提交过该问卷的答卷 (already answered)",
                Gql.error(as(dept(), ANSWER, answerInput(id, null, sheet(1, 2, "另一份"))), "CONFLICT"),
                "a second, different sheet of the unit names no assessed unit when the questionnaire has none");
    }

    @Test
    void anonymousLinkStoresNoIdentityAndIsReadOnlyInAggregate() throws Throwable {
        long t1 = EvaluationFixtures.unit("问卷匿名甲", "LIVELIHOOD");
        long t2 = EvaluationFixtures.unit("问卷匿名乙", "LIVELIHOOD");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long round = EvaluationFixtures.round(EvaluationFixtures.scheme(EvaluationRounds.SCHEME), today.withDayOfMonth(1),
                today.withDayOfMonth(today.lengthOfMonth()), "SELF_ASSESSMENT");
        String id = office(CREATE, Map.of("i", createInput("社会各界满意度" + EvaluationFixtures.unique(), String.valueOf(round),
                List.of(t1, t2)))).getString("data.createQuestionnaire.questionnaire.id");
        String token = publish(id, "ANONYMOUS", null, null).getString("data.publishQuestionnaire.questionnaire.linkToken");
        assertNotNull(token);
        assertTrue(token.length() >= 32, "unguessable");
        Gql.error(as(dept(), ONE, Map.of("id", id)), "NOT_FOUND");

        Response page = show(token);
        page.then().statusCode(200);
        assertEquals(4, page.jsonPath().getList("questions").size());
        assertEquals(List.of(t1, t2), page.jsonPath().getList("targets.id", Long.class));
        assertEquals("PUBLISHED", page.jsonPath().getString("status"));

        answerAnonymously(token, t1, sheet(0, 5, "服务热情")).then().statusCode(201);
        answerAnonymously(token, t1, sheet(1, 4, null)).then().statusCode(201);
        answerAnonymously(token, t2, sheet(2, 2, "效率低")).then().statusCode(201);
        Response invalid = answerAnonymously(token, t1, sheet(0, 6, null));
        invalid.then().statusCode(400);
        assertEquals("answers[1].value", invalid.jsonPath().getString("errors[0].extensions.field"));
        answerAnonymously(token, null, sheet(0, 5, null)).then().statusCode(400);
        show("x".repeat(32)).then().statusCode(404);
        show("bad%20token").then().statusCode(404);

        try (var st = EvaluationFixtures.db().prepareStatement(
                "SELECT * FROM evaluation_questionnaire_response WHERE questionnaire_id = ? ORDER BY id")) {
            st.setLong(1, Long.parseLong(id));
            ResultSet rs = st.executeQuery();
            List<String> columns = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                columns.add(rs.getMetaData().getColumnName(c) + ":" + rs.getMetaData().getColumnTypeName(c));
            }
            assertEquals(List.of("id:bigserial", "questionnaire_id:int8", "target_unit_id:int8", "respondent_unit_id:int8",
                    "answered_on:date", "answers:jsonb"), columns, "a sheet holds no user, address, agent or exact time");
            int n = 0;
            while (rs.next()) {
                n++;
                assertNull(rs.getObject("respondent_unit_id"), "an anonymous sheet names nobody");
                assertEquals(today, rs.getObject("answered_on", LocalDate.class));
            }
            assertEquals(3, n);
        }
        assertEquals("0", EvaluationFixtures.text("SELECT count(*)::text FROM audit_event WHERE entity_type = 'QuestionnaireResponse'"
                + " AND entity_id IN (SELECT id::text FROM evaluation_questionnaire_response WHERE questionnaire_id = ?)", Long.parseLong(id)));

        JsonPath results = office(RESULTS, Map.of("id", id, "t", String.valueOf(t1)));
        assertEquals(2, results.getInt("data.questionnaireResults.responseCount"));
        assertEquals(List.of("服务热情"), results.getList("data.questionnaireResults.questions[3].texts"));
        assertEquals(List.of(), office(ONE, Map.of("id", id)).getList("data.questionnaire.myResponses"), "no sheet is read one by one");
        assertEquals(List.of(id), office(LIST, Map.of("r", String.valueOf(round))).getList("data.questionnaires.edges.node.id"));
        assertEquals(List.of(), Gql.data(Gql.as(Role.LEADER, LIST, Map.of("r", String.valueOf(round), "s", "CLOSED")))
                .getList("data.questionnaires.edges.node.id"));

        Map<Long, ComputedFigure> figures = EvaluationFixtures.compute("SATISFACTION_SURVEY", Set.of(t1, t2, EvaluationFixtures.unit("问卷无答", "LIVELIHOOD")),
                today, today, Map.of());
        // t1: scale 5 and 4 of 5 → (1 + 0.75) / 2
        EvaluationFixtures.assertFigure(figures.get(t1), "0.875", "1.75", "2");
        assertEquals(List.of(EvaluationFixtures.row("QUESTIONNAIRE", Long.parseLong(id), true)), EvaluationFixtures.rows(figures.get(t1)));
        EvaluationFixtures.assertFigure(figures.get(t2), "0.25", "0.25", "1");
        assertEquals(1, figures.values().stream().filter(f -> !f.applicable()).count(), "a unit nobody rated is not applicable");
        EvaluationFixtures.assertNothingToCount(EvaluationFixtures.compute("SATISFACTION_SURVEY", Set.of(t1), today.minusDays(2),
                today.minusDays(1), Map.of()).get(t1));

        office(CLOSE, version(id, 1));
        answerAnonymously(token, t1, sheet(0, 5, null)).then().statusCode(403);
        assertEquals("CLOSED", show(token).jsonPath().getString("status"));
    }

    @Test
    void theAnonymousLinkIsRateLimited() {
        long t1 = EvaluationFixtures.unit("问卷限流", "LIVELIHOOD");
        String id = draft("限流问卷" + EvaluationFixtures.unique(), List.of(t1));
        String token = publish(id, "ANONYMOUS", null, null).getString("data.publishQuestionnaire.questionnaire.linkToken");
        int status = 200;
        int sent = 0;
        while (status != 429 && sent < 40) {
            status = show(token).statusCode();
            sent++;
        }
        assertEquals(31, sent, "30 requests per address and link, then refused");
        Response refused = show(token);
        assertEquals(429, refused.statusCode());
        assertNotNull(refused.header("Retry-After"));
    }

    @Test
    void theOfficeHeadsOfOneUnitAnswerAboutIt() {
        long d10 = EvaluationFixtures.unitId("JZ-QH-D10");
        String id = draft("五个一·一张问卷" + EvaluationFixtures.unique(), List.of());
        long noOffices = EvaluationFixtures.unit("问卷无科室", "LIVELIHOOD");
        assertEquals("input.officeUnitId", Gql.as(Role.ESTABLISHMENT_OFFICE, PUBLISH, Map.of("i",
                Map.of("id", id, "version", 0, "audience", "OFFICE_HEADS", "officeUnitId", String.valueOf(noOffices))))
                .getString("errors[0].extensions.field"));
        JsonPath published = publish(id, "OFFICE_HEADS", null, d10);
        assertEquals(List.of(String.valueOf(d10)), published.getList("data.publishQuestionnaire.questionnaire.targets.id"));
        assertEquals(String.valueOf(d10), published.getString("data.publishQuestionnaire.questionnaire.officeUnit.id"));

        String officeHead = Keycloak.office(D10_OFFICE);
        assertTrue(Gql.data(as(officeHead, TO_ANSWER, Map.of())).getList("data.questionnairesToAnswer.id").contains(id));
        Gql.data(as(officeHead, ANSWER, answerInput(id, d10, sheet(0, 4, "科室间协作顺畅"))));
        Gql.error(as(officeHead, ANSWER, answerInput(id, d10, sheet(0, 2, "再答一次"))), "CONFLICT");
        Gql.error(as(officeHead, RESULTS, Map.of("id", id)), "FORBIDDEN");
        Gql.error(as(Keycloak.office(Keycloak.URBAN_OFFICE), ONE, Map.of("id", id)), "NOT_FOUND");
        Gql.error(as(dept(), ONE, Map.of("id", id)), "NOT_FOUND");
        assertEquals(List.of(id), office(LIST, Map.of("u", String.valueOf(d10), "s", "PUBLISHED")).getList("data.questionnaires.edges.node.id")
                .stream().filter(id::equals).toList());

        office(CLOSE, version(id, 1));
        Gql.error(as(dept(), RESULTS, Map.of("id", id)), "NOT_FOUND");
        office(SHARE, Map.of("i", Map.of("id", id, "version", 2, "shared", true)));
        JsonPath own = Gql.data(as(dept(), RESULTS, Map.of("id", id)));
        assertEquals(String.valueOf(d10), own.getString("data.questionnaireResults.targetUnitId"));
        assertEquals(1, own.getInt("data.questionnaireResults.responseCount"));
        assertEquals(0.75f, own.getFloat("data.questionnaireResults.satisfaction"));
        Gql.error(as(EvaluationRounds.d11Token(), RESULTS, Map.of("id", id)), "NOT_FOUND");
    }
}
