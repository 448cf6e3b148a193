package cn.lvzhi.demo.tracking;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.tracking.ReviewService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo district has a finished round and one in progress, as the API shows them. */
@QuarkusTest
class DemoTrackingLoadedTest {
    static final String ROUNDS = """
            query { trackingRounds(first: 200) { edges { node { id name step steps { step }
              matters { matter { documentNo unit { code } } selfCheck result recommendation archive { content contentHash } } } } } }""";

    static Map<String, Object> round(JsonPath body, String name) {
        return body.getMap("data.trackingRounds.edges.find { it.node.name == '" + name + "' }.node");
    }

    @Test
    void theFinishedRoundIsScoredArchivedAndHasItsConsequence() {
        JsonPath body = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, ROUNDS));
        Map<String, Object> finished = round(body, DemoTracking.FINISHED.name());
        assertEquals("RECTIFICATION", finished.get("step"));
        @SuppressWarnings("unchecked") // the JSON shape asked for above
        List<Map<String, Object>> matters = (List<Map<String, Object>>) finished.get("matters");
        assertEquals(6, matters.size(), "the six matters approved 2025-03-31..2025-09-30");
        for (Map<String, Object> m : matters) {
            assertTrue(m.get("result") != null, "scored: " + m);
            @SuppressWarnings("unchecked")
            Map<String, Object> archive = (Map<String, Object>) m.get("archive");
            assertEquals(ReviewService.sha256((String) archive.get("content")), archive.get("contentHash"));
        }
        Map<String, Object> underSixty = matters.stream()
                .filter(m -> "清编〔2025〕11号".equals(((Map<?, ?>) m.get("matter")).get("documentNo"))).findFirst().orElseThrow();
        assertEquals(52.0f, ((Number) underSixty.get("result")).floatValue());
        assertEquals("CUT_POSTS", underSixty.get("recommendation"));

        Map<String, Object> inProgress = round(body, DemoTracking.IN_PROGRESS.name());
        assertEquals("SELF_CHECK", inProgress.get("step"));
        assertEquals(4, ((List<?>) inProgress.get("matters")).size());
    }

    @Test
    void theDepartmentSeesItsSelfCheckInTheRoundInProgress() {
        JsonPath body = Gql.data(Gql.as(Role.DEPARTMENT, ROUNDS));
        Map<String, Object> inProgress = round(body, DemoTracking.IN_PROGRESS.name());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> matters = (List<Map<String, Object>>) inProgress.get("matters");
        assertEquals(1, matters.size());
        assertEquals(DemoTracking.SELF_CHECK, matters.get(0).get("selfCheck"));
    }

    @Test
    void theUrbanManagementBureauIsSuspendedByItsOverdueRectification() {
        JsonPath s = Gql.data(Gql.ok(Gql.post(Keycloak.password("lvzhi-cli", "chengguan"),
                "query { establishmentSuspension { suspended reason } }", Map.of())));
        assertEquals(true, s.getBoolean("data.establishmentSuspension.suspended"));
        String reason = s.getString("data.establishmentSuspension.reason");
        assertTrue(reason.contains(DemoTracking.FINISHED.name()) && reason.contains("人员到位率不足50%"), reason);
        assertEquals(false, Gql.data(Gql.as(Role.DEPARTMENT, "query { establishmentSuspension { suspended } }"))
                .getBoolean("data.establishmentSuspension.suspended"), "生态环境局 rectified in time");
    }
}
