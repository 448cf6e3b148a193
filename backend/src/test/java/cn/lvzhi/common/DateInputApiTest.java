package cn.lvzhi.common;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Lists;
import cn.lvzhi.testing.Mandates;
import cn.lvzhi.tracking.inputs.CreateEstablishmentMatterInput;
import cn.lvzhi.tracking.inputs.PlanTrackingRoundInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates outside their field's stated range are VALIDATION naming the field, through real mutations. */
@QuarkusTest
class DateInputApiTest {

    private static JsonPath report(String deadline) {
        Map<String, Object> in = new HashMap<>(Map.of("title", "路灯不亮", "description", "人民路路灯不亮", "address", "人民路 2 号",
                "categoryText", "市政设施", "clientKey", UUID.randomUUID().toString(), "deadline", deadline));
        return Gql.ok(Gql.post(Keycloak.tokenFor(Role.GRID_WORKER), Cases.REPORT, Map.of("i", in)));
    }

    @Test
    void aCaseDeadlineInThePastOrBeyondAYearIsRefusedStatingTheRange() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        for (String bad : new String[] {"9999-12-31T00:00:00+08:00", "1900-01-01T00:00:00+08:00",
                now.minusDays(2).toString(), now.plusYears(1).plusDays(2).toString()}) {
            JsonPath body = report(bad);
            String message = Gql.error(body, "VALIDATION");
            assertEquals("input.deadline", body.getString("errors[0].extensions.field"), bad);
            assertTrue(message.contains(DateRanges.today() + " 至 " + DateRanges.today().plusYears(1)), message);
        }
        Gql.data(report(now.plusDays(10).toString()));
    }

    @Test
    void anApprovalDateBeforeTheFoundingIsRefused() {
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), """
                mutation($i: CreateEstablishmentMatterInput!) { createEstablishmentMatter(input: $i) { matter { id } } }""",
                Map.of("i", Map.of("unitId", Mandates.unitId("JZ-QH-D10"), "kind", "SET_UP",
                        "documentNo", "清编〔1900〕" + Lists.unique() + "号", "approvedOn", "1900-01-01", "content", "清末事项"))));
        assertTrue(Gql.error(body, "VALIDATION").contains("1949-10-01 至 " + LocalDate.now(DateRanges.ZONE)), body.prettify());
        assertEquals("input.approvedOn", body.getString("errors[0].extensions.field"));
    }

    @Test
    void aRoundPlannedCenturiesAheadIsRefused() {
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), """
                mutation($i: PlanTrackingRoundInput!) { planTrackingRound(input: $i) { round { id } } }""",
                Map.of("i", Map.of("name", "远期批次", "planDate", "2999-01-01"))));
        Gql.error(body, "VALIDATION");
        assertEquals("input.planDate", body.getString("errors[0].extensions.field"));
    }
}
