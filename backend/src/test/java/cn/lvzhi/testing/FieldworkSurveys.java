package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Questionnaires for tests (满意度问卷): designed and published through GraphQL as 编办 would, answered by named units, and
 * answered through the anonymous link's public REST endpoint without a token. Each test makes its own assessed units
 * ({@link EvaluationFixtures#unit}) so counts stay its own.
 */
public final class FieldworkSurveys {
    public static final String FIELDS = "id version status audience title intro roundId resultsShared linkToken responseCount"
            + " questions { kind text required options scaleMax lowLabel highLabel } targets { id } respondents { id } officeUnit { id }";
    public static final String CREATE = "mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { questionnaire { "
            + FIELDS + " } } }";
    public static final String UPDATE = "mutation($i: UpdateQuestionnaireInput!) { updateQuestionnaire(input: $i) { questionnaire { "
            + FIELDS + " } } }";
    public static final String PUBLISH = "mutation($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { questionnaire { "
            + FIELDS + " } } }";
    public static final String CLOSE = "mutation($i: QuestionnaireVersionInput!) { closeQuestionnaire(input: $i) { questionnaire { id version status } } }";
    public static final String SHARE = "mutation($i: QuestionnaireVersionInput!) { shareQuestionnaireResults(input: $i) { questionnaire { id version resultsShared } } }";
    public static final String ANSWER = "mutation($i: AnswerQuestionnaireInput!) { answerQuestionnaire(input: $i) { response { id targetUnitId answeredOn answers { question choices value text } } } }";
    public static final String RESULTS = """
            query($id: ID!, $t: ID) { questionnaireResults(id: $id, targetUnitId: $t) { questionnaireId targetUnitId responseCount satisfaction
              questions { question kind answered options { label count share } scaleMean scale { label count share } texts }
              targets { unitId responseCount satisfaction } } }""";
    public static final String ONE = "query($id: ID!) { questionnaire(id: $id) { " + FIELDS + " myResponses { id targetUnitId answers { question value } } } }";
    public static final String LIST = """
            query($r: ID, $u: ID, $s: QuestionnaireStatus) { questionnaires(first: 200, roundId: $r, unitId: $u, status: $s) { totalCount edges { node { id status roundName } } } }""";
    public static final String TO_ANSWER = "{ questionnairesToAnswer { id title myResponses { id targetUnitId } } }";

    private FieldworkSurveys() {
    }

    /** Four questions: 单选 (3 options, required), 多选 (3 options), 量表 1–5 (required), 文字. */
    public static List<Map<String, Object>> questions() {
        return List.of(
                Map.of("kind", "SINGLE_CHOICE", "text", "您是否了解该部门的职责？", "required", true, "options", List.of("了解", "一般", "不了解")),
                Map.of("kind", "MULTIPLE_CHOICE", "text", "您通过哪些渠道办事？", "options", List.of("窗口", "网上", "电话")),
                Map.of("kind", "SCALE", "text", "总体满意度", "required", true, "scaleMax", 5, "lowLabel", "很不满意", "highLabel", "很满意"),
                Map.of("kind", "TEXT", "text", "意见建议"));
    }

    /** The test questions with the scale running 1..{@code max} (an invalid design when max is not 5 or 10). */
    public static List<Map<String, Object>> withScale(int max) {
        List<Map<String, Object>> out = new ArrayList<>(questions());
        Map<String, Object> scale = new HashMap<>(out.get(2));
        scale.put("scaleMax", max);
        out.set(2, scale);
        return out;
    }

    public static Map<String, Object> createInput(String title, String roundId, List<Long> targets) {
        Map<String, Object> in = new HashMap<>();
        in.put("title", title);
        in.put("intro", "本问卷用于社会各界评议部门。");
        in.put("roundId", roundId);
        in.put("targetUnitIds", targets.stream().map(String::valueOf).toList());
        in.put("questions", questions());
        return in;
    }

    public static JsonPath office(String document, Map<String, Object> variables) {
        return Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, document, variables));
    }

    /** A draft by 编办 assessing these units; its id. */
    public static String draft(String title, List<Long> targets) {
        return office(CREATE, Map.of("i", createInput(title, null, targets))).getString("data.createQuestionnaire.questionnaire.id");
    }

    /** Publishes a draft at version 0 to the audience; the questionnaire. */
    public static JsonPath publish(String id, String audience, List<Long> respondents, Long officeUnit) {
        Map<String, Object> in = new HashMap<>();
        in.put("id", id);
        in.put("version", 0);
        in.put("audience", audience);
        if (respondents != null) {
            in.put("respondentUnitIds", respondents.stream().map(String::valueOf).toList());
        }
        if (officeUnit != null) {
            in.put("officeUnitId", String.valueOf(officeUnit));
        }
        return office(PUBLISH, Map.of("i", in));
    }

    /** A sheet: option {@code single}, scale {@code value}, and a text. */
    public static List<Map<String, Object>> sheet(int single, int value, String text) {
        List<Map<String, Object>> out = new ArrayList<>(List.of(Map.of("question", 0, "choices", List.of(single)),
                Map.of("question", 2, "value", value)));
        if (text != null) {
            out.add(Map.of("question", 3, "text", text));
        }
        return out;
    }

    public static Map<String, Object> answerInput(String id, Long target, List<Map<String, Object>> answers) {
        Map<String, Object> in = new HashMap<>();
        in.put("questionnaireId", id);
        in.put("targetUnitId", target == null ? null : String.valueOf(target));
        in.put("answers", answers);
        return Map.of("i", in);
    }

    /** GET of the anonymous link's page data, without a token. */
    public static Response show(String token) {
        return RestAssured.given().get("/api/public/questionnaires/" + token);
    }

    /** POST of an anonymous sheet, without a token. */
    public static Response answerAnonymously(String token, Long target, List<Map<String, Object>> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetUnitId", target);
        body.put("answers", answers);
        return RestAssured.given().contentType(ContentType.JSON).body(body).post("/api/public/questionnaires/" + token + "/responses");
    }
}
