package cn.lvzhi.graph;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hot mutations run beside the engine ({@link DirectWrites}) answer exactly what the engine answers: a request
 * answered there and the same request sent again to the engine (header {@code Lvzhi-Engine: graphql}), which as a
 * retry under the same client key (or the same rating again) answers the first result, give the same JSON. Whatever
 * fails there — a refusal, a stale version, an input the engine would refuse — is the engine's answer, with its
 * error, and a refusal is recorded once.
 */
@QuarkusTest
class DirectWritesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DISPATCH = "mutation D($i: DispatchCaseInput!) { dispatchCase(input: $i) {"
            + " __typename case { id code status version } sent: dispatches { id role status version __typename } } }";
    private static final String RATE = "mutation R($i: RateDispatchInput!) { rateDispatch(input: $i) { rating { id level comment version } } }";

    private static final String DENIED = "select count(*) from audit_event where action = 'DENIED' and entity_id = ";

    @Inject
    AgroalDataSource db;

    static Response post(Role role, String query, Map<String, Object> input, boolean engine) {
        var request = io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("query", query, "variables", Map.of("i", input)))
                .header("Authorization", "Bearer " + Keycloak.tokenFor(role));
        if (engine) {
            request.header(JsonReads.ENGINE_HEADER, "graphql");
        }
        Response r = request.post("/graphql");
        assertEquals(200, r.statusCode());
        return r;
    }

    /** A dispatch of an accepted case to 生态环境局 (lead) and 城市管理局, under a client key. */
    static Map<String, Object> dispatchOf(String caseId, String key) {
        Map<String, Object> in = new HashMap<>(Cases.dispatchInput(caseId, Cases.version(caseId), true));
        in.put("clientKey", key);
        return in;
    }

    long count(String sql) throws SQLException {
        return Sql.number(db, sql);
    }

    @Test
    void aDispatchIsAnsweredBesideTheEngineAsTheEngineAnswersIt() throws Exception {
        // the engine lets the document through once (any answer will do), then it is known
        post(Role.COMMAND_CENTRE, DISPATCH, dispatchOf(Cases.accepted(), "direct-" + UUID.randomUUID()), true);
        String caseId = Cases.accepted();
        Map<String, Object> in = dispatchOf(caseId, "direct-" + UUID.randomUUID());
        Response direct = post(Role.COMMAND_CENTRE, DISPATCH, in, false);
        assertEquals(DirectWrites.ANSWERED_HERE, direct.header(JsonReads.ENGINE_HEADER), direct.asString());
        Response engine = post(Role.COMMAND_CENTRE, DISPATCH, in, true); // the retry: the first dispatches again
        assertNull(engine.header(JsonReads.ENGINE_HEADER));
        JsonNode expected = JSON.readTree(engine.asString());
        JsonNode actual = JSON.readTree(direct.asString());
        assertEquals(expected, actual);
        assertEquals(2, actual.path("data").path("dispatchCase").path("sent").size(), actual::toString);
        assertEquals("DISPATCHED", actual.path("data").path("dispatchCase").path("case").path("status").asText());
        // the retry answered here too: the first dispatches, one dispatch per target stored
        Response retry = post(Role.COMMAND_CENTRE, DISPATCH, in, false);
        assertEquals(DirectWrites.ANSWERED_HERE, retry.header(JsonReads.ENGINE_HEADER));
        assertEquals(expected, JSON.readTree(retry.asString()));
        assertEquals(2, count("select count(*) from case_dispatch where case_id = " + Long.parseLong(caseId)));
    }

    @Test
    void whatFailsBesideTheEngineIsTheEnginesAnswer() throws Exception {
        post(Role.COMMAND_CENTRE, DISPATCH, dispatchOf(Cases.accepted(), "direct-" + UUID.randomUUID()), true);
        // a stale version: CONFLICT
        String caseId = Cases.accepted();
        Map<String, Object> stale = new HashMap<>(dispatchOf(caseId, "direct-" + UUID.randomUUID()));
        stale.put("caseVersion", Cases.version(caseId) - 1);
        Response conflict = post(Role.COMMAND_CENTRE, DISPATCH, stale, false);
        assertNull(conflict.header(JsonReads.ENGINE_HEADER));
        assertEquals("CONFLICT", conflict.jsonPath().getString("errors[0].extensions.code"), conflict.asString());
        // a department may not dispatch this case: FORBIDDEN, recorded once
        long denied = count(DENIED + "'dispatchCase'");
        Response forbidden = post(Role.DEPARTMENT, DISPATCH, dispatchOf(caseId, "direct-" + UUID.randomUUID()), false);
        assertNull(forbidden.header(JsonReads.ENGINE_HEADER));
        assertTrue(List.of("FORBIDDEN", "NOT_FOUND").contains(forbidden.jsonPath().getString("errors[0].extensions.code")),
                forbidden.asString());
        if ("FORBIDDEN".equals(forbidden.jsonPath().getString("errors[0].extensions.code"))) {
            assertEquals(denied + 1, count(DENIED + "'dispatchCase'"));
        }
        // inputs the engine refuses or decodes itself: a title-less text rule, a wrong type, an unknown key
        Map<String, Object> tooLong = new HashMap<>(dispatchOf(caseId, "direct-" + UUID.randomUUID()));
        tooLong.put("instructions", "要".repeat(2001));
        Map<String, Object> wrongType = new HashMap<>(dispatchOf(caseId, "direct-" + UUID.randomUUID()));
        wrongType.put("caseVersion", "1");
        Map<String, Object> unknown = new HashMap<>(dispatchOf(caseId, "direct-" + UUID.randomUUID()));
        unknown.put("urgent", true);
        for (Map<String, Object> refused : List.of(tooLong, wrongType, unknown)) {
            Response r = post(Role.COMMAND_CENTRE, DISPATCH, refused, false);
            assertNull(r.header(JsonReads.ENGINE_HEADER));
            assertEquals("VALIDATION", r.jsonPath().getString("errors[0].extensions.code"), r.asString());
        }
        assertEquals(0, count("select count(*) from case_dispatch where case_id = " + Long.parseLong(caseId)));
        // a field that is not plain (a unit, resolved by the engine): the engine runs it
        Response resolved = post(Role.COMMAND_CENTRE, "mutation($i: DispatchCaseInput!) { dispatchCase(input: $i) {"
                + " dispatches { id toUnit { code } } } }", dispatchOf(caseId, "direct-" + UUID.randomUUID()), false);
        assertNull(resolved.header(JsonReads.ENGINE_HEADER));
        assertEquals("JZ-QH-D10", resolved.jsonPath().getString("data.dispatchCase.dispatches[0].toUnit.code"), resolved.asString());
    }

    @Test
    void aRatingIsAnsweredBesideTheEngineAsTheEngineAnswersIt() throws Exception {
        post(Role.COMMAND_CENTRE, RATE, Map.of("dispatchId", Cases.repliedLead(), "level", "SATISFIED"), true);
        Map<String, Object> in = Map.of("dispatchId", Cases.repliedLead(), "level", "BASICALLY_SATISFIED", "comment", " 基本解决 ");
        Response direct = post(Role.COMMAND_CENTRE, RATE, in, false);
        assertEquals(DirectWrites.ANSWERED_HERE, direct.header(JsonReads.ENGINE_HEADER), direct.asString());
        assertEquals("基本解决", direct.jsonPath().getString("data.rateDispatch.rating.comment"), "cleaned as the input rules clean text");
        Response engine = post(Role.COMMAND_CENTRE, RATE, in, true); // the same rating again: the first
        assertEquals(JSON.readTree(engine.asString()), JSON.readTree(direct.asString()));
        // UNSATISFIED without a comment: the engine's VALIDATION, nothing stored
        String other = Cases.repliedLead();
        Response refused = post(Role.COMMAND_CENTRE, RATE, Map.of("dispatchId", other, "level", "UNSATISFIED"), false);
        assertNull(refused.header(JsonReads.ENGINE_HEADER));
        assertEquals("VALIDATION", refused.jsonPath().getString("errors[0].extensions.code"), refused.asString());
        assertEquals(0, count("select count(*) from case_rating where dispatch_id = " + Long.parseLong(other)));
        // 谁派单、谁评价: the rated department may not rate its own dispatch; FORBIDDEN, recorded once, nothing stored
        long denied = count(DENIED + "'rateDispatch'");
        Response own = post(Role.DEPARTMENT, RATE, Map.of("dispatchId", other, "level", "SATISFIED"), false);
        assertNull(own.header(JsonReads.ENGINE_HEADER));
        assertEquals("FORBIDDEN", own.jsonPath().getString("errors[0].extensions.code"), own.asString());
        assertEquals(denied + 1, count(DENIED + "'rateDispatch'"));
        assertEquals(0, count("select count(*) from case_rating where dispatch_id = " + Long.parseLong(other)));
    }
}
