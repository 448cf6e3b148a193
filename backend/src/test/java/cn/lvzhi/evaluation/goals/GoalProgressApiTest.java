package cn.lvzhi.evaluation.goals;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationGoals;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationGoals.GOAL;
import static cn.lvzhi.testing.EvaluationGoals.PROGRESS;
import static cn.lvzhi.testing.EvaluationGoals.VERIFY;
import static cn.lvzhi.testing.EvaluationGoals.as;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Progress (履职进展) with evidence files and on-site verification (察访核验) through the API with real tokens, and the
 * evidence file endpoint: who uploads, who downloads, what is refused.
 */
@QuarkusTest
class GoalProgressApiTest {
    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void theUnitReportsProgressWithEvidenceAndTheOfficeVerifiesIt() {
        String goal = EvaluationGoals.goalIn("PUBLISHED", EvaluationGoals.thisYear());
        String milestone = EvaluationGoals.firstMilestone(goal);
        String file = EvaluationGoals.uploaded(Keycloak.tokenFor(Role.DEPARTMENT));
        Map<String, Object> report = new HashMap<>(Map.of("milestoneId", milestone, "report", "一季度完成检查 32 家次，发现问题 5 个，均已整改",
                "quantityReached", 32, "fileIds", List.of(file)));
        JsonPath reported = Gql.data(as(Role.DEPARTMENT, PROGRESS, Map.of("i", report)));
        assertEquals("检查记录.png", reported.getString("data.reportGoalProgress.progress.files[0].fileName"));

        Map<String, Object> verification = new HashMap<>(EvaluationGoals.verification(goal, TODAY));
        verification.put("milestoneId", milestone);
        verification.put("result", "PARTLY");
        JsonPath verified = Gql.data(as(Role.ESTABLISHMENT_OFFICE, VERIFY, Map.of("i", verification)));
        assertEquals(List.of("BRIEFING", "SITE_VISIT"), verified.getList("data.recordGoalVerification.verification.methods"));

        // progress is read with the published goal; verifications by the unit, 编办 and leaders only
        JsonPath own = Gql.data(as(Role.DEPARTMENT, GOAL, Map.of("id", goal)));
        assertEquals(32f, own.getFloat("data.dutyGoal.progress[0].quantityReached"));
        assertEquals("PARTLY", own.getString("data.dutyGoal.verifications[0].result"));
        assertEquals(1, Gql.data(as(Role.LEADER, GOAL, Map.of("id", goal))).getList("data.dutyGoal.verifications").size());
        JsonPath township = Gql.data(as(Role.TOWNSHIP, GOAL, Map.of("id", goal)));
        assertEquals(1, township.getList("data.dutyGoal.progress").size());
        assertEquals(List.of(), township.getList("data.dutyGoal.verifications"));
        assertEquals(List.of(), Gql.data(as(Role.DISCIPLINE, GOAL, Map.of("id", goal))).getList("data.dutyGoal.verifications"));
    }

    @Test
    void progressAndVerificationAreRefusedWhereTheyDoNotBelong() {
        int year = EvaluationGoals.thisYear();
        String draft = EvaluationGoals.goalIn("DRAFT", year);
        Map<String, Object> onDraft = Map.of("i", Map.of("milestoneId", EvaluationGoals.firstMilestone(draft), "report", "提前填报"));
        Gql.error(as(Role.DEPARTMENT, PROGRESS, onDraft), "CONFLICT");
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, VERIFY, Map.of("i", EvaluationGoals.verification(draft, TODAY))), "CONFLICT");

        String goal = EvaluationGoals.goalIn("PUBLISHED", year);
        String milestone = EvaluationGoals.firstMilestone(goal);
        Map<String, Object> report = Map.of("i", Map.of("milestoneId", milestone, "report", "代为填报"));
        Gql.error(as(Role.TOWNSHIP, PROGRESS, report), "FORBIDDEN");
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, PROGRESS, report), "FORBIDDEN");
        Gql.error(as(Role.COMMITTEE, PROGRESS, report), "NOT_FOUND");
        Gql.error(as(Role.DEPARTMENT, VERIFY, Map.of("i", EvaluationGoals.verification(goal, TODAY))), "FORBIDDEN");
        Gql.error(as(Role.LEADER, VERIFY, Map.of("i", EvaluationGoals.verification(goal, TODAY))), "FORBIDDEN");

        String othersFile = EvaluationGoals.uploaded(EvaluationGoals.chengguan());
        JsonPath foreign = as(Role.DEPARTMENT, PROGRESS, Map.of("i", Map.of("milestoneId", milestone, "report", "附他单位材料",
                "fileIds", List.of(othersFile))));
        Gql.error(foreign, "VALIDATION");
        assertEquals("input.fileIds", foreign.getString("errors[0].extensions.field"));

        Map<String, Object> future = new HashMap<>(EvaluationGoals.verification(goal, LocalDate.parse(TODAY).plusDays(1).toString()));
        JsonPath tomorrow = as(Role.ESTABLISHMENT_OFFICE, VERIFY, Map.of("i", future));
        Gql.error(tomorrow, "VALIDATION");
        assertEquals("input.verifiedOn", tomorrow.getString("errors[0].extensions.field"));
        Map<String, Object> noMethod = new HashMap<>(EvaluationGoals.verification(goal, TODAY));
        noMethod.put("methods", List.of());
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, VERIFY, Map.of("i", noMethod)), "VALIDATION");
        Map<String, Object> otherMilestone = new HashMap<>(EvaluationGoals.verification(goal, TODAY));
        otherMilestone.put("milestoneId", EvaluationGoals.firstMilestone(draft));
        JsonPath wrong = as(Role.ESTABLISHMENT_OFFICE, VERIFY, Map.of("i", otherMilestone));
        Gql.error(wrong, "VALIDATION");
        assertEquals("input.milestoneId", wrong.getString("errors[0].extensions.field"));
    }

    @Test
    void anEvidenceFileIsReadByItsUnitTheOfficeAndLeadersOnly() {
        byte[] content = EvaluationGoals.png("整改前后对比照片" + System.nanoTime());
        String id = EvaluationGoals.upload(Keycloak.tokenFor(Role.DEPARTMENT), "整改照片.png", content, "image/png")
                .then().statusCode(200).extract().jsonPath().getString("id");
        for (Role role : List.of(Role.DEPARTMENT, Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            byte[] got = RestAssured.given().header("Authorization", "Bearer " + Keycloak.tokenFor(role))
                    .get("/api/evaluation/files/" + id).then().statusCode(200).contentType("image/png")
                    .extract().asByteArray();
            assertArrayEquals(content, got, role + " reads the file");
        }
        for (String token : List.of(Keycloak.tokenFor(Role.TOWNSHIP), Keycloak.tokenFor(Role.DISCIPLINE), EvaluationGoals.chengguan())) {
            RestAssured.given().header("Authorization", "Bearer " + token).get("/api/evaluation/files/" + id).then().statusCode(404);
        }
        RestAssured.given().header("Authorization", "Bearer " + Keycloak.tokenFor(Role.LEADER))
                .get("/api/evaluation/files/not-a-number").then().statusCode(404);
        RestAssured.given().get("/api/evaluation/files/" + id).then().statusCode(401);
    }

    @Test
    void anUploadMustBeAnImagePdfOrOfficeDocument() {
        String token = Keycloak.tokenFor(Role.DEPARTMENT);
        var renamed = EvaluationGoals.upload(token, "病毒.pdf", "MZ not a pdf".getBytes(), "application/pdf");
        renamed.then().statusCode(400);
        assertTrue(renamed.asString().contains("PDF"), renamed.asString());
        EvaluationGoals.upload(token, "脚本.exe", EvaluationGoals.png("x"), "application/octet-stream").then().statusCode(400);
        EvaluationGoals.upload(token, "空文件.png", new byte[0], "image/png").then().statusCode(400);
        JsonPath pdf = EvaluationGoals.upload(token, "自查报告.pdf", "%PDF-1.7 自查报告".getBytes(), "application/pdf")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("自查报告.pdf", pdf.getString("fileName"));
        assertTrue(pdf.getInt("sizeBytes") > 8);
    }
}
