package cn.lvzhi.tracking;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.KeycloakAdmin;
import cn.lvzhi.testing.Mandates;
import cn.lvzhi.testing.Tracking.Round;
import cn.lvzhi.testing.Tracking;
import cn.lvzhi.tracking.inputs.RecordRectificationInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Establishment applications as their units and the office list them, and the suspension a unit sees before applying. */
@QuarkusTest
class EstablishmentApplicationsApiTest {
    static final String APPLICATIONS = """
            query($first: Int, $after: String) { establishmentApplications(first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } edges { node { id kind title reason submittedBy unit { code } } } } }""";
    static final String SUSPENSION = "query { establishmentSuspension { unitId suspended reason } }";

    static Map<String, Object> application(String unitId, String title) {
        return Map.of("i", Map.of("unitId", unitId, "kind", "CHANGE", "title", title, "reason", "业务量增长"));
    }

    static String apply(String token, String unitId, String title) {
        return Gql.data(Gql.ok(Gql.post(token, TrackingApiTest.APPLY, application(unitId, title))))
                .getString("data.applyForEstablishment.application.id");
    }

    static boolean suspended(JsonPath body) {
        return body.getBoolean("data.establishmentSuspension.suspended");
    }

    static List<String> ids(JsonPath page) {
        return page.getList("data.establishmentApplications.edges.node.id");
    }

    @Test
    void aUnitListsItsOwnApplicationsNewestFirstAndTheOfficeTheRegions() {
        String unitId = Mandates.unitId("JZ-QH-D13");
        try (KeycloakAdmin unitUser = new KeycloakAdmin("department", "JZ-QH-D13")) {
            String token = unitUser.token();
            String older = apply(token, unitId, "增设执法科");
            String newer = apply(token, unitId, "调整内设机构");

            JsonPath own = Gql.data(Gql.ok(Gql.post(token, APPLICATIONS, Map.of("first", 1))));
            assertEquals(List.of(newer), ids(own));
            assertTrue(own.getBoolean("data.establishmentApplications.pageInfo.hasNextPage"));
            assertEquals("JZ-QH-D13", own.getString("data.establishmentApplications.edges[0].node.unit.code"));
            JsonPath next = Gql.data(Gql.ok(Gql.post(token, APPLICATIONS, Map.of("first", 1,
                    "after", own.getString("data.establishmentApplications.pageInfo.endCursor")))));
            assertEquals(List.of(older), ids(next));
            JsonPath all = Gql.data(Gql.ok(Gql.post(token, APPLICATIONS, Map.of("first", 50))));
            assertEquals(ids(all).size(), all.getInt("data.establishmentApplications.totalCount"));
            assertTrue(all.getList("data.establishmentApplications.edges.node.unit.code").stream().allMatch("JZ-QH-D13"::equals));

            for (Role regional : List.of(Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.LEADER)) {
                assertTrue(ids(Gql.data(Tracking.as(regional, APPLICATIONS, Map.of("first", 100)))).contains(newer), regional.name());
            }
            // another department (the demo 清河区生态环境局) and roles outside follow-up do not see it
            assertFalse(ids(Gql.data(Tracking.as(Role.DEPARTMENT, APPLICATIONS, Map.of("first", 100)))).contains(newer));
            for (Role outside : List.of(Role.COMMAND_CENTRE, Role.GRID_WORKER, Role.DISCIPLINE, Role.INTEGRATION)) {
                JsonPath none = Gql.data(Tracking.as(outside, APPLICATIONS, Map.of()));
                assertEquals(0, none.getInt("data.establishmentApplications.totalCount"), outside.name());
            }
        }
    }

    @Test
    void theSuspensionNamesTheRoundAndLiftsOnceTheRectificationIsRecorded() {
        String unitId = Mandates.unitId("JZ-QH-D14");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (KeycloakAdmin unitUser = new KeycloakAdmin("department", "JZ-QH-D14")) {
            String token = unitUser.token();
            assertFalse(suspended(Gql.data(Gql.ok(Gql.post(token, SUSPENSION, Map.of())))));

            Round r = Tracking.scoredAtFeedback(unitId, 0.5);
            JsonPath rect = Tracking.rectification(r, today.minusDays(1));
            String rectId = rect.getString("data.requireRectification.rectification.id");
            String roundName = Tracking.office("query($id: ID!) { trackingRound(id: $id) { name } }", Map.of("id", r.roundId()))
                    .getString("data.trackingRound.name");

            JsonPath suspended = Gql.data(Gql.ok(Gql.post(token, SUSPENSION, Map.of())));
            assertEquals(unitId, suspended.getString("data.establishmentSuspension.unitId"));
            assertTrue(suspended(suspended));
            String reason = suspended.getString("data.establishmentSuspension.reason");
            assertTrue(reason.contains(roundName) && reason.contains("第 " + rectId + " 号"), reason);
            assertEquals(reason, Gql.error(Gql.ok(Gql.post(token, TrackingApiTest.APPLY, application(unitId, "增设科室"))),
                    "FORBIDDEN"));
            // the office is never suspended itself; other units' suspensions are not its own
            assertFalse(suspended(Tracking.office(SUSPENSION, Map.of())));
            assertNull(Tracking.office(SUSPENSION, Map.of()).get("data.establishmentSuspension.reason"));
            assertFalse(suspended(Gql.data(Tracking.as(Role.DEPARTMENT, SUSPENSION, Map.of()))));

            // the unit sees the round reviewing its matter in its list of rounds, with only its own matter
            JsonPath rounds = Gql.data(Gql.ok(Gql.post(token, "query { trackingRounds(first: 100) { edges { node { id } } } }",
                    Map.of())));
            assertTrue(rounds.getList("data.trackingRounds.edges.node.id").contains(r.roundId()));
            assertEquals(List.of(r.matterId()), Gql.data(Gql.ok(Gql.post(token, TrackingApiTest.ROUND, Map.of("id", r.roundId()))))
                    .getList("data.trackingRound.matters.matter.id"));
            assertFalse(Gql.data(Tracking.as(Role.DEPARTMENT, "query { trackingRounds(first: 100) { edges { node { id } } } }",
                    Map.of())).getList("data.trackingRounds.edges.node.id").contains(r.roundId()));

            Tracking.office("""
                    mutation($i: RecordRectificationInput!) { recordRectification(input: $i) { rectification { doneOn } } }""",
                    Map.of("i", Map.of("id", rectId, "version", rect.getInt("data.requireRectification.rectification.version"))));
            assertFalse(suspended(Gql.data(Gql.ok(Gql.post(token, SUSPENSION, Map.of())))));
            apply(token, unitId, "增设科室");
        }
    }
}
