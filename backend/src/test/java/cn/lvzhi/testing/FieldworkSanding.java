package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationFixtures.BEIJING;
import static cn.lvzhi.testing.EvaluationFixtures.caseFile;
import static cn.lvzhi.testing.EvaluationFixtures.exec;
import static cn.lvzhi.testing.EvaluationFixtures.insert;
import static cn.lvzhi.testing.EvaluationFixtures.item;
import static cn.lvzhi.testing.EvaluationFixtures.round;
import static cn.lvzhi.testing.EvaluationFixtures.roundUnit;
import static cn.lvzhi.testing.EvaluationFixtures.scheme;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static cn.lvzhi.testing.EvaluationFixtures.unitId;

/**
 * Test helpers of 三定 execution findings: the GraphQL documents, and a prepared department of 清河区 of the test's own
 * with a mandate of four duties (one unchanged, two cancelled, one strengthened), list items and cases, in a round of
 * its own over the last thirty days that also holds 生态环境局 (D10) for the visibility cases.
 */
public final class FieldworkSanding {
    public static final String DUTIES = """
            query($r: ID!, $u: ID!) { sandingDuties(roundId: $r, unitId: $u) {
              duty { id ordinal role changeStatus }
              finding { id verdict note evidence version problemRaised followUpProblemRaised wrongUnit { id code } }
              followUp { status reasons casesSince items { id status raisedSince casesSince } cases { id code itemId } } } }""";
    public static final String RECORD = """
            mutation($i: RecordDutyFindingInput!) { recordDutyFinding(input: $i) {
              finding { id verdict note version problemRaised followUpProblemRaised wrongUnit { code } } } }""";
    public static final String SUMMARY = """
            query($r: ID!) { sandingSummary(roundId: $r) {
              units { unitId unitCode counts { duties recorded fulfilled absent overstep misplaced followedUp } }
              region { duties recorded fulfilled absent overstep misplaced followedUp } } }""";
    public static final String SUGGEST = """
            query($d: ID!) { dutyItemSuggestions(dutyId: $d) { id code similarity linked } }""";
    public static final String LINK = """
            mutation($i: LinkDutyItemsInput!) { linkDutyItems(input: $i) { dutyId itemIds } }""";

    /** The prepared department, its duties, items and round. */
    public record Fixture(long round, long dept, long other, long steady, long cancelledUsed, long cancelledRetired,
                          long strengthened, long liveItem, long retiredItem, long d10Duty, String deptCode) {
    }

    private FieldworkSanding() {
    }

    /**
     * A department with its mandate, a second department (the 错位 unit), a published item with two cases in the
     * period and one before it, a retired item with none, in a round at {@code stage} holding the department and D10.
     */
    public static Fixture prepare(String stage) {
        long dept = unit("三定测试局", "LAW_ENFORCEMENT");
        long other = unit("三定他局", "LAW_ENFORCEMENT");
        long steady = duty(dept, 1, "负责全区测试工作，组织实施测试相关政策。", "LEAD_BODY", "UNCHANGED");
        long used = duty(dept, 2, "负责测试许可事项的组织实施。", "LEAD", "CANCELLED");
        long retired = duty(dept, 3, "承担测试统计有关数据报送。", "SUPPORT", "CANCELLED");
        long strengthened = duty(dept, 4, "加强测试事中事后监管。", "LEAD_BODY", "STRENGTHENED");
        LocalDate today = LocalDate.now(BEIJING);
        long round = round(scheme(EvaluationFixtures.SCHEME), today.minusDays(30), today, stage);
        roundUnit(round, dept, "LAW_ENFORCEMENT");
        long d10 = unitId("JZ-QH-D10");
        roundUnit(round, d10, "SAFETY_ENVIRONMENT");
        long live = item("COLLABORATION", dept, "PUBLISHED", null, null, "{}");
        long gone = item("COLLABORATION", dept, "RETIRED", null, null, "{}");
        caseFile("取消后仍按该事项办理一", live);
        caseFile("取消后仍按该事项办理二", live);
        long before = caseFile("期前办理", live);
        exec("UPDATE case_file SET reported_at = ? WHERE id = ?", OffsetDateTime.now().minusDays(60), before);
        long d10Duty = insert("SELECT id FROM mandate_duty WHERE unit_id = ? ORDER BY ordinal, id LIMIT 1", d10);
        return new Fixture(round, dept, other, steady, used, retired, strengthened, live, gone, d10Duty,
                EvaluationFixtures.unitCode(dept));
    }

    private static long duty(long unit, int ordinal, String text, String role, String change) {
        return insert("""
                INSERT INTO mandate_duty (unit_id, ordinal, text, duty_role, change_status) VALUES (?, ?, ?, ?, ?) RETURNING id""",
                unit, ordinal, text, role, change);
    }

    /** A finding input: round, duty, verdict; {@code more} adds wrongUnitId, note, evidence, version (name, value …). */
    public static Map<String, Object> finding(long round, long duty, String verdict, Object... more) {
        Map<String, Object> in = new HashMap<>(Map.of("roundId", round, "dutyId", duty, "verdict", verdict));
        for (int i = 0; i < more.length; i += 2) {
            in.put((String) more[i], more[i + 1]);
        }
        return Map.of("i", in);
    }

    public static JsonPath as(Role role, String document, Map<String, Object> variables) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), document, variables));
    }

    public static JsonPath office(String document, Map<String, Object> variables) {
        return Gql.data(as(Role.ESTABLISHMENT_OFFICE, document, variables));
    }

    /** The problems raised for a finding (its own and its follow-up's). */
    public static long problems(long findingId) {
        return insert("SELECT count(*) FROM evaluation_problem WHERE source_kind = 'THREE_DEFINITIONS' AND source_id = ?", findingId);
    }
}
