package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationGoals;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Lists;

import java.util.List;
import java.util.Map;

import static cn.lvzhi.security.AuthorizationMatrixTest.idOf;

/**
 * The authorization matrix's requests for evaluation's goals operations (rows in authorization-evaluation.csv). Each
 * builds its goal fresh (drafted by 清河区生态环境局, JZ-QH-D10) in the matrix's own year, so no other test's goal is
 * touched.
 */
final class EvaluationGoalsOperations {
    private static final String TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    private static Integer matrixYear;

    /** The one year the matrix drafts in (taken once the application runs): no cell counts goals, so they share it. */
    private static synchronized int year() {
        if (matrixYear == null) {
            matrixYear = EvaluationGoals.freshYear();
        }
        return matrixYear;
    }

    private static Map<String, Object> versioned(String goalId) {
        return Map.of("i", Map.of("id", goalId, "version", EvaluationGoals.version(goalId)));
    }

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("dutyGoals", new Operation("""
                    query { dutyGoals(filter: {status: PUBLISHED}, first: 3) { totalCount edges { node { id unit { code } } } } }""",
                    Map::of)),
            Map.entry("dutyGoal", new Operation("""
                    query($id: ID!) { dutyGoal(id: $id) { title milestones { quarter } verifications { result } } }""",
                    () -> Map.of("id", EvaluationGoals.chengguanDraft(year())))),
            Map.entry("goalCoverage", new Operation("""
                    query { goalCoverage(year: 2026) { unit { code } dutyCount uncoveredDuties { id } } }""", Map::of)),
            Map.entry("draftDutyGoal", new Operation(EvaluationGoals.DRAFT, () -> {
                int year = year();
                return Map.of("i", Map.of("unitId", idOf("JZ-QH-D10"), "year", year,
                        "content", EvaluationGoals.content("矩阵测试目标" + Lists.unique(), null, year)));
            })),
            Map.entry("updateDutyGoal", new Operation(EvaluationGoals.UPDATE, () -> {
                int year = year();
                String id = EvaluationGoals.goalIn("DRAFT", year);
                return Map.of("i", Map.of("id", id, "version", 0, "content", EvaluationGoals.content("矩阵测试：修改", null, year)));
            })),
            Map.entry("deleteDutyGoal", new Operation(EvaluationGoals.DELETE,
                    () -> versioned(EvaluationGoals.goalIn("DRAFT", year())))),
            Map.entry("submitDutyGoal", new Operation(EvaluationGoals.SUBMIT,
                    () -> versioned(EvaluationGoals.goalIn("DRAFT", year())))),
            Map.entry("submitDutyGoals", new Operation(EvaluationGoals.SUBMIT_YEAR, () -> {
                int year = year();
                EvaluationGoals.goalIn("DRAFT", year);
                return Map.of("i", Map.of("unitId", idOf("JZ-QH-D10"), "year", year));
            })),
            Map.entry("reviewDutyGoal", new Operation(EvaluationGoals.REVIEW, () -> {
                String id = EvaluationGoals.goalIn("SUBMITTED", year());
                return Map.of("i", Map.of("id", id, "version", EvaluationGoals.version(id), "decision", "ACCEPT"));
            })),
            Map.entry("publishDutyGoals", new Operation(EvaluationGoals.PUBLISH, () -> {
                int year = year();
                EvaluationGoals.goalIn("ACCEPTED", year);
                return Map.of("i", Map.of("year", year));
            })),
            Map.entry("reportGoalProgress", new Operation(EvaluationGoals.PROGRESS, () -> {
                String goal = EvaluationGoals.goalIn("PUBLISHED", year());
                return Map.of("i", Map.of("milestoneId", EvaluationGoals.firstMilestone(goal), "report", "矩阵测试：一季度进展",
                        "fileIds", List.of(EvaluationGoals.uploaded(Keycloak.tokenFor(Role.DEPARTMENT)))));
            })),
            Map.entry("recordGoalVerification", new Operation(EvaluationGoals.VERIFY, () -> Map.of("i",
                    EvaluationGoals.verification(EvaluationGoals.goalIn("PUBLISHED", EvaluationGoals.thisYear()), TODAY)))));

    private EvaluationGoalsOperations() {
    }
}
