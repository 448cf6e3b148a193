package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.FieldworkDraws;

import java.util.List;
import java.util.Map;

import static cn.lvzhi.security.AuthorizationMatrixTest.idOf;

/** The authorization matrix's requests for the evaluation fieldwork's 五个一 (rows in authorization-fieldwork.csv). */
final class EvaluationFieldworkOperations {
    private EvaluationFieldworkOperations() {
    }

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("fieldworkProgress", new Operation(FieldworkDraws.PROGRESS, () -> Map.of("r", round()))),
            Map.entry("fieldworkUnit", new Operation(FieldworkDraws.UNIT, () -> Map.of("r", round(), "u", idOf("JZ-QH-D10")))),
            Map.entry("fieldworkInquiryLetters", new Operation("query { fieldworkInquiryLetters(first: 5) { totalCount } }", Map::of)),
            Map.entry("fieldworkInquiryLetter", new Operation("query($id: ID!) { fieldworkInquiryLetter(id: $id) { letterNo } }",
                    () -> Map.of("id", letterToCentre()))),
            Map.entry("saveFieldworkReport", new Operation(FieldworkDraws.SAVE, () -> Map.of("i", Map.of(
                    "roundId", round(), "unitId", idOf("JZ-QH-D10"), "body", "## 工作报告")))),
            Map.entry("submitFieldworkReport", new Operation(FieldworkDraws.SUBMIT, () -> Map.of("i", Map.of(
                    "reportId", report(round()), "version", 0)))),
            Map.entry("reviewFieldworkReport", new Operation(FieldworkDraws.REVIEW, () -> {
                String report = report(round());
                cn.lvzhi.testing.Gql.data(EvaluationRounds.as(Role.DEPARTMENT, FieldworkDraws.SUBMIT,
                        Map.of("i", Map.of("reportId", report, "version", 0))));
                return Map.of("i", Map.of("reportId", report, "version", 1, "accept", true));
            })),
            Map.entry("issueFieldworkInquiryLetter", new Operation(FieldworkDraws.ISSUE, () -> Map.of("i",
                    FieldworkDraws.letter(round(), idOf("JZ-QH-D10"), idOf("JZ-QH-ZH"), 7)))),
            Map.entry("replyFieldworkInquiryLetter", new Operation(FieldworkDraws.REPLY, () -> Map.of("i", Map.of(
                    "letterId", letterToCentre(), "version", 0, "replyText", "已核查")))),
            Map.entry("raiseFieldworkInquiryProblem", new Operation(FieldworkDraws.RAISE, () -> {
                String letter = letterToCentre();
                cn.lvzhi.testing.Gql.data(EvaluationRounds.as(Role.COMMAND_CENTRE, FieldworkDraws.REPLY, Map.of("i", Map.of(
                        "letterId", letter, "version", 0, "replyText", "已核查"))));
                return Map.of("i", Map.of("letterId", letter, "description", "工单重复转办"));
            })),
            Map.entry("recordFieldworkSymposium", new Operation(FieldworkDraws.SYMPOSIUM, () -> Map.of("i",
                    FieldworkDraws.symposium(round(), idOf("JZ-QH-D10"), null)))));

    /** A round of its own with 生态环境局 (JZ-QH-D10) drawn. */
    private static String round() {
        return FieldworkDraws.roundDrawing(List.of(idOf("JZ-QH-D10")), List.of(idOf("JZ-QH-D10")));
    }

    private static String report(String round) {
        return EvaluationRounds.as(Role.DEPARTMENT, FieldworkDraws.SAVE, Map.of("i", Map.of("roundId", round,
                "unitId", idOf("JZ-QH-D10"), "body", "## 工作报告"))).getString("data.saveFieldworkReport.report.id");
    }

    private static String letterToCentre() {
        return FieldworkDraws.issue(FieldworkDraws.letter(round(), idOf("JZ-QH-D10"), idOf("JZ-QH-ZH"), 7));
    }
}
