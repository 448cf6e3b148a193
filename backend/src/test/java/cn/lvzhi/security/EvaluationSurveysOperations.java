package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationFixtures;
import cn.lvzhi.testing.FieldworkSurveys;

import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.FieldworkSurveys.createInput;

/**
 * The authorization matrix's requests for the evaluation fieldwork's questionnaires (满意度问卷) (rows in
 * authorization-surveys.csv): each cell works on a questionnaire of its own, assessing a fresh unit and, once published,
 * addressed to 生态环境局 (the DEPARTMENT user's unit).
 */
final class EvaluationSurveysOperations {
    private EvaluationSurveysOperations() {
    }

    private static long target() {
        return EvaluationFixtures.unit("矩阵问卷", "LIVELIHOOD");
    }

    /** A published questionnaire addressed to 生态环境局; {id, target}. */
    private static String[] published() {
        long target = target();
        String id = FieldworkSurveys.draft("矩阵问卷" + EvaluationFixtures.unique(), List.of(target));
        FieldworkSurveys.publish(id, "UNITS", List.of(EvaluationFixtures.unitId("JZ-QH-D10")), null);
        return new String[] {id, String.valueOf(target)};
    }

    private static Map<String, Object> draftChange() {
        long target = target();
        String id = FieldworkSurveys.draft("矩阵草稿" + EvaluationFixtures.unique(), List.of(target));
        Map<String, Object> in = createInput("矩阵草稿改", null, List.of(target));
        in.put("id", id);
        in.put("version", 0);
        return Map.of("i", in);
    }

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("questionnaires", new Operation("query { questionnaires(first: 5) { totalCount } }", Map::of)),
            Map.entry("questionnaire", new Operation("query($id: ID!) { questionnaire(id: $id) { status questions { kind } } }",
                    () -> Map.of("id", published()[0]))),
            Map.entry("questionnairesToAnswer", new Operation("query { questionnairesToAnswer { id } }", Map::of)),
            Map.entry("questionnaireResults", new Operation("query($id: ID!) { questionnaireResults(id: $id) { responseCount } }",
                    () -> Map.of("id", published()[0]))),
            Map.entry("createQuestionnaire", new Operation(FieldworkSurveys.CREATE,
                    () -> Map.of("i", createInput("矩阵新建", null, List.of(target()))))),
            Map.entry("updateQuestionnaire", new Operation(FieldworkSurveys.UPDATE, EvaluationSurveysOperations::draftChange)),
            Map.entry("publishQuestionnaire", new Operation(FieldworkSurveys.PUBLISH, () -> {
                String id = FieldworkSurveys.draft("矩阵发布" + EvaluationFixtures.unique(), List.of(target()));
                return Map.of("i", Map.of("id", id, "version", 0, "audience", "ANONYMOUS"));
            })),
            Map.entry("closeQuestionnaire", new Operation(FieldworkSurveys.CLOSE,
                    () -> Map.of("i", Map.of("id", published()[0], "version", 1)))),
            Map.entry("shareQuestionnaireResults", new Operation(FieldworkSurveys.SHARE, () -> {
                String id = published()[0];
                FieldworkSurveys.office(FieldworkSurveys.CLOSE, Map.of("i", Map.of("id", id, "version", 1)));
                return Map.of("i", Map.of("id", id, "version", 2, "shared", true));
            })),
            Map.entry("answerQuestionnaire", new Operation(FieldworkSurveys.ANSWER, () -> {
                String[] q = published();
                return FieldworkSurveys.answerInput(q[0], Long.valueOf(q[1]), FieldworkSurveys.sheet(0, 4, "矩阵作答"));
            })));
}
