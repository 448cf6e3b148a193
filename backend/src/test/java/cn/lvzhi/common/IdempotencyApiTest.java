package cn.lvzhi.common;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Lists;
import cn.lvzhi.testing.Mandates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An idempotency key names one request: a retry with the same content gets the first result, the same key with a
 * different content is CONFLICT / IDEMPOTENCY_KEY_REUSED (not the first result); keys belong to their caller; the
 * client's own clock is kept beside the server's and checked.
 */
@QuarkusTest
class IdempotencyApiTest {
    static final String CASE = "query($id: ID!) { case(id: $id) { description clientTime reportedAt } }";

    private static JsonPath report(Role role, Map<String, Object> input) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), Cases.REPORT, Map.of("i", input)));
    }

    @Test
    void aReportRetriedWithTheSameContentGetsTheFirstCaseAndTheClientTimeIsKept() {
        Map<String, Object> input = new HashMap<>(Cases.report());
        OffsetDateTime clientTime = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
        input.put("clientTime", clientTime.toString());
        String first = Gql.data(report(Role.GRID_WORKER, input)).getString("data.reportCase.case.id");
        // the phone's retry reads its clock anew: still the same request
        input.put("clientTime", clientTime.plusSeconds(30).toString());
        assertEquals(first, Gql.data(report(Role.GRID_WORKER, input)).getString("data.reportCase.case.id"));
        JsonPath stored = Gql.data(Gql.as(Role.GRID_WORKER, CASE, Map.of("id", first)));
        assertEquals(clientTime.toInstant(), OffsetDateTime.parse(stored.getString("data.case.clientTime")).toInstant());
        assertNotEquals(stored.getString("data.case.clientTime"), stored.getString("data.case.reportedAt"));
    }

    @Test
    void aReportWithAReusedKeyAndADifferentContentIsRefusedNotAnsweredWithTheFirst() {
        Map<String, Object> input = new HashMap<>(Cases.report());
        String first = Gql.data(report(Role.GRID_WORKER, input)).getString("data.reportCase.case.id");
        Map<String, Object> other = new HashMap<>(input);
        other.put("description", "另一件事：人行道地砖松动");
        JsonPath body = report(Role.GRID_WORKER, other);
        assertTrue(Gql.error(body, "IDEMPOTENCY_KEY_REUSED").contains("幂等键"), body.prettify());
        // the first case stays as it was reported
        assertEquals(input.get("description"),
                Gql.data(Gql.as(Role.GRID_WORKER, CASE, Map.of("id", first))).getString("data.case.description"));
    }

    @Test
    void keysBelongToTheirCaller() {
        Map<String, Object> input = new HashMap<>(Cases.report());
        String mine = Gql.data(report(Role.GRID_WORKER, input)).getString("data.reportCase.case.id");
        Map<String, Object> other = new HashMap<>(input);
        other.put("description", "同一个键，另一位上报人");
        String theirs = Gql.data(report(Role.TOWNSHIP, other)).getString("data.reportCase.case.id");
        assertNotEquals(mine, theirs);
    }

    @Test
    void aClientClockMoreThanADayAheadIsRefused() {
        Map<String, Object> input = new HashMap<>(Cases.report());
        input.put("clientTime", OffsetDateTime.now().plusDays(3).toString());
        JsonPath body = report(Role.GRID_WORKER, input);
        Gql.error(body, "VALIDATION");
        assertEquals("input.clientTime", body.getString("errors[0].extensions.field"));
    }

    @Test
    void aProposalWithAReusedKeyAndADifferentReasonIsRefused() {
        Map<String, Object> input = new HashMap<>(Lists.addition(Mandates.unitId("JZ-QH-D10")));
        input.put("clientKey", "reuse-" + Lists.unique());
        String first = Gql.data(Lists.propose(Role.DEPARTMENT, input)).getString("data.proposeListChange.change.id");
        assertEquals(first, Gql.data(Lists.propose(Role.DEPARTMENT, input)).getString("data.proposeListChange.change.id"));
        Map<String, Object> other = new HashMap<>(input);
        other.put("reason", "另一个理由");
        Gql.error(Lists.propose(Role.DEPARTMENT, other), "IDEMPOTENCY_KEY_REUSED");
    }
}
