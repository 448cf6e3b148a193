package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationRounds;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import static cn.lvzhi.security.AuthorizationMatrixTest.idOf;
import static cn.lvzhi.testing.EvaluationRounds.deadline;
import static cn.lvzhi.testing.EvaluationRounds.hoursFromNow;
import static cn.lvzhi.testing.EvaluationRounds.mark;

/** The authorization matrix's requests for evaluation's rounds operations (rows in authorization-evaluation.csv). */
final class EvaluationRoundsOperations {
    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("evaluationRounds", new Operation("query { evaluationRounds(first: 5) { totalCount } }", Map::of)),
            Map.entry("myEvaluationTasks", new Operation("query { myEvaluationTasks { late submission { form } } }", Map::of)),
            Map.entry("evaluationRound", new Operation("""
                    query($id: ID!) { evaluationRound(id: $id) { stage units { category } submissions { form } scores { indicatorCode } } }""",
                    () -> Map.of("id", open(24)))),
            Map.entry("evaluationRoundProgress", new Operation("""
                    query($id: ID!) { evaluationRoundProgress(roundId: $id) { overdue lettersSent } }""",
                    () -> Map.of("id", open(24)))),
            Map.entry("openEvaluationRound", new Operation(EvaluationRounds.OPEN, () -> Map.of("i", EvaluationRounds.openInput(
                    EvaluationRounds.scheme("SUPERSEDED"), List.of(idOf("JZ-QH-D10")),
                    List.of(deadline(null, "SELF_ASSESSMENT", hoursFromNow(24), hoursFromNow(48))))))),
            Map.entry("changeEvaluationDeadline", new Operation("""
                    mutation($i: ChangeEvaluationDeadlineInput!) { changeEvaluationDeadline(input: $i) { submission { dueAt } } }""",
                    () -> {
                        JsonPath subs = EvaluationRounds.office("query($id: ID!) { evaluationRound(id: $id) { submissions { id } } }",
                                Map.of("id", open(24)));
                        return Map.of("i", Map.of("submissionId", subs.getString("data.evaluationRound.submissions[0].id"), "version", 0,
                                "dueAt", hoursFromNow(30).toString(), "locksAt", hoursFromNow(60).toString(), "reason", "延期"));
                    })),
            Map.entry("changeEvaluationRoundUnits", new Operation("""
                    mutation($i: ChangeEvaluationRoundUnitsInput!) { changeEvaluationRoundUnits(input: $i) { round { id } } }""",
                    () -> Map.of("i", Map.of("roundId", open(24), "addUnitIds", List.of(idOf("JZ-QH-D11")), "reason", "补充纳入")))),
            Map.entry("advanceEvaluationRound", new Operation(EvaluationRounds.ADVANCE, () -> {
                String round = open(24);
                lock(round);
                return Map.of("i", Map.of("roundId", round, "version", 0, "stage", "FIRST_MARK"));
            })),
            Map.entry("submitSelfAssessment", new Operation(EvaluationRounds.SELF,
                    () -> EvaluationRounds.fullSelfAssessment(open(24)))),
            Map.entry("submitEvaluationForm", new Operation("""
                    mutation($i: SubmitEvaluationFormInput!) { submitEvaluationForm(input: $i) { submission { status } } }""",
                    () -> Map.of("i", Map.of("roundId", EvaluationRounds.office(EvaluationRounds.OPEN, Map.of("i", EvaluationRounds.openInput(
                                    EvaluationRounds.scheme("SUPERSEDED"), List.of(idOf("JZ-QH-D10")), List.of(
                                            deadline(null, "SELF_ASSESSMENT", hoursFromNow(24), hoursFromNow(48)),
                                            deadline(null, "GOAL_PROGRESS", hoursFromNow(24), hoursFromNow(48))))))
                            .getString("data.openEvaluationRound.round.id"), "form", "GOAL_PROGRESS")))),
            Map.entry("returnEvaluationSubmission", new Operation("""
                    mutation($i: ReturnEvaluationSubmissionInput!) { returnEvaluationSubmission(input: $i) { submission { status } } }""",
                    () -> {
                        String round = open(24);
                        String id = EvaluationRounds.as(Role.DEPARTMENT, EvaluationRounds.SELF, EvaluationRounds.fullSelfAssessment(round))
                                .getString("data.submitSelfAssessment.submission.id");
                        return Map.of("i", Map.of("submissionId", id, "version", 1, "comment", "佐证材料不全"));
                    })),
            Map.entry("issueReminderLetters", new Operation("""
                    mutation($i: IssueReminderLettersInput!) { issueReminderLetters(input: $i) { count } }""",
                    () -> Map.of("i", Map.of("roundId", open(-1))))),
            Map.entry("markEvaluationScores", new Operation(EvaluationRounds.MARK, () -> Map.of("i", Map.of(
                    "roundId", EvaluationRounds.roundAt("FIRST_MARK", List.of(idOf("JZ-QH-D10"))), "unitId", idOf("JZ-QH-D10"),
                    "marks", List.of(mark("A2", 30, null)))))),
            Map.entry("fillFirstMarksFromRules", new Operation("""
                    mutation($i: FillFirstMarksInput!) { fillFirstMarksFromRules(input: $i) { scores { id } } }""",
                    () -> Map.of("i", Map.of("roundId", EvaluationRounds.roundAt("FIRST_MARK", List.of(idOf("JZ-QH-D10"))))))),
            Map.entry("replyToEvaluationMarks", new Operation(EvaluationRounds.REPLY, () -> {
                String round = EvaluationRounds.roundAt("FIRST_MARK", List.of(idOf("JZ-QH-D10")));
                EvaluationRounds.office(EvaluationRounds.MARK, Map.of("i", Map.of("roundId", round, "unitId", idOf("JZ-QH-D10"),
                        "marks", List.of(mark("A1", 20, "目标未完成"), mark("A2", 30, null), mark("B1", 20, null)))));
                cn.lvzhi.testing.Gql.data(EvaluationRounds.advance(round, "REPLY"));
                return Map.of("i", Map.of("roundId", round, "replies", List.of()));
            })),
            Map.entry("finalizeEvaluationScores", new Operation(EvaluationRounds.FINAL, () -> Map.of("i", Map.of(
                    "roundId", EvaluationRounds.roundAt("FINAL_MARK", List.of(idOf("JZ-QH-D10"))), "unitId", idOf("JZ-QH-D10"),
                    "marks", List.of(mark("A2", 30, null)))))),
            Map.entry("correctPublishedScore", new Operation("""
                    mutation($i: CorrectPublishedScoreInput!) { correctPublishedScore(input: $i) { scores { changedAfterPublication } } }""",
                    () -> {
                        String round = EvaluationRounds.roundAt("PUBLISHED", List.of(idOf("JZ-QH-D10")));
                        JsonPath s = EvaluationRounds.office(EvaluationRounds.SCORES, Map.of("id", round));
                        String path = "data.evaluationRound.scores.find { it.indicatorCode == 'A2' }";
                        return Map.of("i", Map.of("scoreId", s.getString(path + ".id"), "version", s.getInt(path + ".version"),
                                "score", 28, "reason", "复核更正"));
                    })));

    private EvaluationRoundsOperations() {
    }

    /** A round of 清河区生态环境局 (the DEPARTMENT user's unit) whose self-assessment is due in the hours given. */
    static String open(long dueHours) {
        return EvaluationRounds.open(List.of(idOf("JZ-QH-D10")), dueHours);
    }

    /** Locks the round's self-assessments, so the round may move on to its first mark. */
    static void lock(String round) {
        EvaluationRounds.sql("UPDATE evaluation_submission SET due_at = now() - interval '2 hours', locks_at = now() - interval '1 hour'"
                + " WHERE round_id = ?", Long.valueOf(round));
    }
}
