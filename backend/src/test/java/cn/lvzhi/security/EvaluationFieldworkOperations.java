package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.FieldworkFiveOnes;

import java.util.List;
import java.util.Map;

import static cn.lvzhi.security.AuthorizationMatrixTest.idOf;

/** The authorization matrix's requests for the evaluation fieldwork's 五个一 (rows in authorization-fieldwork.csv). */
final class EvaluationFieldworkOperations {
    private EvaluationFieldworkOperations() {
    }

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("fieldworkProgress", new Operation(FieldworkFiveOnes.PROGRESS, () -> Map.of("r", round()))),
            Map.entry("fieldworkUnit", new Operation(FieldworkFiveOnes.UNIT, () -> Map.of("r", round(), "u", idOf("JZ-QH-D10")))),
            Map.entry("fieldworkInquiryLetters", new Operation("query { fieldworkInquiryLetters(first: 5) { totalCount } }", Map::of)),
            Map.entry("fieldworkInquiryLetter", new Operation("query($id: ID!) { fieldworkInquiryLetter(id: $id) { letterNo } }",
                    () -> Map.of("id", letterToCentre()))),
            Map.entry("saveFieldworkReport", new Operation(FieldworkFiveOnes.SAVE, () -> Map.of("i", Map.of(
                    "roundId", round(), "unitId", idOf("JZ-QH-D10"), "body", "## 工作报告")))),
            Map.entry("submitFieldworkReport", new Operation(FieldworkFiveOnes.SUBMIT, () -> Map.of("i", Map.of(
                    "reportId", report(round()), "version", 0)))),
            Map.entry("reviewFieldworkReport", new Operation(FieldworkFiveOnes.REVIEW, () -> {
                String report = report(round());
                cn.lvzhi.testing.Gql.data(EvaluationRounds.as(Role.DEPARTMENT, FieldworkFiveOnes.SUBMIT,
                        Map.of("i", Map.of("reportId", report, "version", 0))));
                return Map.of("i", Map.of("reportId", report, "version", 1, "accept", true));
            })),
            Map.entry("issueFieldworkInquiryLetter", new Operation(FieldworkFiveOnes.ISSUE, () -> Map.of("i",
                    FieldworkFiveOnes.letter(round(), idOf("JZ-QH-D10"), idOf("JZ-QH-ZH"), 7)))),
            Map.entry("replyFieldworkInquiryLetter", new Operation(FieldworkFiveOnes.REPLY, () -> Map.of("i", Map.of(
                    "letterId", letterToCentre(), "version", 0, "replyText", "已核查")))),
            Map.entry("raiseFieldworkInquiryProblem", new Operation(FieldworkFiveOnes.RAISE, () -> {
                String letter = letterToCentre();
                cn.lvzhi.testing.Gql.data(EvaluationRounds.as(Role.COMMAND_CENTRE, FieldworkFiveOnes.REPLY, Map.of("i", Map.of(
                        "letterId", letter, "version", 0, "replyText", "已核查"))));
                return Map.of("i", Map.of("letterId", letter, "description", "工单重复转办"));
            })),
            Map.entry("recordFieldworkSymposium", new Operation(FieldworkFiveOnes.SYMPOSIUM, () -> Map.of("i",
                    FieldworkFiveOnes.symposium(round(), idOf("JZ-QH-D10"), null)))));

    /** A round of its own with 生态环境局 (JZ-QH-D10) drawn. */
    private static String round() {
        return FieldworkFiveOnes.roundDrawing(List.of(idOf("JZ-QH-D10")), List.of(idOf("JZ-QH-D10")));
    }

    private static String report(String round) {
        return EvaluationRounds.as(Role.DEPARTMENT, FieldworkFiveOnes.SAVE, Map.of("i", Map.of("roundId", round,
                "unitId", idOf("JZ-QH-D10"), "body", "## 工作报告"))).getString("data.saveFieldworkReport.report.id");
    }

    private static String letterToCentre() {
        return FieldworkFiveOnes.issue(FieldworkFiveOnes.letter(round(), idOf("JZ-QH-D10"), idOf("JZ-QH-ZH"), 7));
    }
}
