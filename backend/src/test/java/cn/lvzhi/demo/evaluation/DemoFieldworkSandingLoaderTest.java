package cn.lvzhi.demo.evaluation;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.FieldworkSanding;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationFixtures.insert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo 三定 findings as the UI reads them: in last year's published annual round, 生态环境局 has one 缺位, one 错位
 * naming 城市管理局 and the rest 履行到位; 住建局's cancelled duty is flagged (its item still in force, cases arriving);
 * loading again adds nothing.
 */
@QuarkusTest
class DemoFieldworkSandingLoaderTest {
    @Inject
    DemoFieldworkSandingLoader loader;

    @Test
    void lastYearsRoundHoldsTheDemoFindings() throws Exception {
        loader.load(OffsetDateTime.now());
        long round = insert("""
                SELECT id FROM evaluation_round WHERE period_kind = 'YEAR' AND stage = 'PUBLISHED' AND name LIKE '清河区%'
                ORDER BY period_start DESC LIMIT 1""");
        long findings = insert("SELECT count(*) FROM evaluation_duty_finding WHERE round_id = ?", round);
        assertEquals(0, loader.load(OffsetDateTime.now()), "loading again adds nothing");
        assertEquals(findings, insert("SELECT count(*) FROM evaluation_duty_finding WHERE round_id = ?", round));

        long d10 = insert("SELECT id FROM unit WHERE code = 'JZ-QH-D10'");
        JsonPath env = FieldworkSanding.office(FieldworkSanding.DUTIES, Map.of("r", round, "u", d10));
        List<String> verdicts = env.getList("data.sandingDuties.finding.verdict");
        assertEquals(1, verdicts.stream().filter("ABSENT"::equals).count());
        assertEquals(1, verdicts.stream().filter("MISPLACED"::equals).count());
        assertEquals(verdicts.size() - 2, verdicts.stream().filter("FULFILLED"::equals).count());
        assertTrue(env.getList("data.sandingDuties.finding.wrongUnit.code").contains("JZ-QH-D11"));
        assertEquals(2, insert("""
                SELECT count(*) FROM evaluation_problem WHERE round_id = ? AND unit_id = ? AND source_kind = 'THREE_DEFINITIONS'""",
                round, d10), "one problem per finding not fulfilled");

        long d09 = insert("SELECT id FROM unit WHERE code = 'JZ-QH-D09'");
        JsonPath housing = FieldworkSanding.as(Role.LEADER, FieldworkSanding.DUTIES, Map.of("r", round, "u", d09));
        List<String> followUps = housing.getList("data.sandingDuties.followUp.status");
        assertTrue(followUps.contains("FLAGGED"), followUps.toString());
        assertTrue(housing.getList("data.sandingDuties.followUp.casesSince").stream()
                .anyMatch(n -> n != null && ((Number) n).longValue() > 0), "cases still arriving under the cancelled duty");
    }
}
