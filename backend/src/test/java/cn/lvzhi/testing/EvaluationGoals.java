package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds duty goals (年度履职目标) through the API as their users would: 清河区生态环境局 (huanjing, JZ-QH-D10) drafts and
 * submits, 编办 (bianban) reviews and publishes. Each test takes a year of its own, so publishing one test's year
 * never publishes another's goals.
 */
public final class EvaluationGoals {
    public static final String GOAL_FIELDS = """
            id unitId year ordinal title status version reviewComment reviewedByName targetKind targetQuantity targetUnit targetText
            unit { code } duty { id } office { id code } powerItem { id }
            milestones { id quarter description dueOn dueQuantity }
            progress { id milestoneId report quantityReached reportedByName files { id fileName sizeBytes } }
            verifications { id milestoneId verifiedOn people methods findings result }""";
    public static final String DRAFT = "mutation($i: DraftDutyGoalInput!) { draftDutyGoal(input: $i) { goal { " + GOAL_FIELDS + " } } }";
    public static final String UPDATE = "mutation($i: UpdateDutyGoalInput!) { updateDutyGoal(input: $i) { goal { " + GOAL_FIELDS + " } } }";
    public static final String SUBMIT = "mutation($i: GoalVersionInput!) { submitDutyGoal(input: $i) { goal { id status version } } }";
    public static final String SUBMIT_YEAR = "mutation($i: SubmitYearGoalsInput!) { submitDutyGoals(input: $i) { goals { id status } } }";
    public static final String DELETE = "mutation($i: GoalVersionInput!) { deleteDutyGoal(input: $i) { deletedId } }";
    public static final String REVIEW = """
            mutation($i: ReviewDutyGoalInput!) { reviewDutyGoal(input: $i) { goal { id status version reviewComment reviewedByName } } }""";
    public static final String PUBLISH = "mutation($i: PublishDutyGoalsInput!) { publishDutyGoals(input: $i) { published notYetAccepted } }";
    public static final String GOAL = "query($id: ID!) { dutyGoal(id: $id) { " + GOAL_FIELDS + " } }";
    public static final String GOALS = """
            query($f: DutyGoalFilter, $first: Int, $after: String) { dutyGoals(filter: $f, first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } edges { node { id title status unit { code } milestones { quarter } } } } }""";
    public static final String PROGRESS = """
            mutation($i: ReportGoalProgressInput!) { reportGoalProgress(input: $i) { progress { id report quantityReached files { id fileName } } } }""";
    public static final String VERIFY = """
            mutation($i: RecordGoalVerificationInput!) { recordGoalVerification(input: $i) { verification { id result methods } } }""";

    /** The years the tests draft in: valid goal years away from the demo's (2025, 2026) and the years around them. */
    private static final List<Integer> YEARS = java.util.stream.IntStream.rangeClosed(2000, 2100)
            .filter(y -> y < 2024 || y > 2029).boxed().toList();
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(YEARS.size()));

    private EvaluationGoals() {
    }

    /**
     * A year in which the region has no goal yet (as the leader, who reads them all, counts them), never the same twice
     * in a run: publishing a year publishes every accepted goal of it, and the tests count what they drafted.
     */
    public static int freshYear() {
        for (int tries = 0; tries < YEARS.size(); tries++) {
            int year = YEARS.get(Math.floorMod(NEXT.getAndIncrement(), YEARS.size()));
            if (Gql.data(Gql.as(Role.LEADER, "query($y: Int) { dutyGoals(filter: {year: $y}, first: 1) { totalCount } }",
                    Map.of("y", year))).getInt("data.dutyGoals.totalCount") == 0) {
                return year;
            }
        }
        throw new IllegalStateException("every test year has goals: recreate the test database");
    }

    /** 清河区城市管理局's user (JZ-QH-D11), a department that never sees another's drafts. */
    public static String chengguan() {
        return Keycloak.password("lvzhi-cli", "chengguan");
    }

    public static JsonPath as(String token, String document, Map<String, Object> variables) {
        return Gql.ok(Gql.post(token, document, variables));
    }

    public static JsonPath as(Role role, String document, Map<String, Object> variables) {
        return as(Keycloak.tokenFor(role), document, variables);
    }

    /** The first duty in force of the unit's 三定, as the leader reads the mandate. */
    public static String firstDuty(String unitId) {
        return Gql.data(Gql.as(Role.LEADER, "query($u: ID!) { mandate(unitId: $u) { duties { id changeStatus } } }",
                Map.of("u", unitId))).getString("data.mandate.duties.find { it.changeStatus != 'CANCELLED' && it.changeStatus != 'TRANSFERRED_OUT' }.id");
    }

    /** A quantity goal's content for the year: two milestones (Q1, Q3), tied to the duty (null: none). */
    public static Map<String, Object> content(String title, String dutyId, int year) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", title);
        c.put("dutyId", dutyId);
        c.put("targetKind", "QUANTITY");
        c.put("targetQuantity", 120);
        c.put("targetUnit", "家次");
        List<Map<String, Object>> milestones = new ArrayList<>();
        milestones.add(new HashMap<>(Map.of("quarter", 1, "description", "完成一季度检查", "dueOn", year + "-03-31", "dueQuantity", 30)));
        milestones.add(new HashMap<>(Map.of("quarter", 3, "description", "完成三季度检查", "dueOn", year + "-09-30", "dueQuantity", 90)));
        c.put("milestones", milestones);
        return c;
    }

    /** The goal drafted by huanjing for JZ-QH-D10 (the draft payload's goal). */
    public static JsonPath draft(int year, String title) {
        String unit = Mandates.unitId("JZ-QH-D10");
        return Gql.data(as(Role.DEPARTMENT, DRAFT, Map.of("i", Map.of("unitId", unit, "year", year,
                "content", content(title, firstDuty(unit), year)))));
    }

    /** A goal of JZ-QH-D10 in the wanted status (DRAFT, SUBMITTED, ACCEPTED, PUBLISHED): its id. */
    public static String goalIn(String status, int year) {
        JsonPath d = draft(year, "测试目标" + Lists.unique());
        String id = d.getString("data.draftDutyGoal.goal.id");
        if (status.equals("DRAFT")) {
            return id;
        }
        Gql.data(as(Role.DEPARTMENT, SUBMIT, Map.of("i", Map.of("id", id, "version", version(id)))));
        if (status.equals("SUBMITTED")) {
            return id;
        }
        Gql.data(as(Role.ESTABLISHMENT_OFFICE, REVIEW, Map.of("i", Map.of("id", id, "version", version(id), "decision", "ACCEPT"))));
        if (status.equals("ACCEPTED")) {
            return id;
        }
        Gql.data(as(Role.ESTABLISHMENT_OFFICE, PUBLISH, Map.of("i", Map.of("year", year))));
        return id;
    }

    /** A draft of 清河区城市管理局 (JZ-QH-D11) drafted by its own user: its id. */
    public static String chengguanDraft(int year) {
        return Gql.data(as(chengguan(), DRAFT, Map.of("i", Map.of("unitId", Mandates.unitId("JZ-QH-D11"), "year", year,
                "content", content("城管测试目标" + Lists.unique(), null, year))))).getString("data.draftDutyGoal.goal.id");
    }

    public static int version(String goalId) {
        return Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { dutyGoal(id: $id) { version } }", Map.of("id", goalId)))
                .getInt("data.dutyGoal.version");
    }

    public static String firstMilestone(String goalId) {
        return Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { dutyGoal(id: $id) { milestones { id } } }", Map.of("id", goalId)))
                .getString("data.dutyGoal.milestones[0].id");
    }

    /** A PNG as far as the upload's type check reads it (its signature), with the given filler. */
    public static byte[] png(String filler) {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
        byte[] body = filler.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** Uploads an evidence file with the token; the response (status and JSON). */
    public static io.restassured.response.Response upload(String token, String fileName, byte[] content, String type) {
        return Imports.multipart(token, fileName, content, type).post("/api/evaluation/files");
    }

    /** The id of an evidence file the token's unit uploads now. */
    public static String uploaded(String token) {
        return upload(token, "检查记录.png", png("记录" + Lists.unique()), "image/png").then().statusCode(200)
                .extract().jsonPath().getString("id");
    }

    /** The current year in Beijing: verifications are dated inside the goal's year and never in the future. */
    public static int thisYear() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    }

    /** A verification input for the goal as a whole, dated today. */
    public static Map<String, Object> verification(String goalId, String today) {
        return Map.of("goalId", goalId, "verifiedOn", today, "people", "编办督查组张三、李四",
                "methods", List.of("BRIEFING", "SITE_VISIT"), "findings", "现场查看检查台账，与报送一致", "result", "YES");
    }
}
