package cn.lvzhi.graph;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Keycloak;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reads the database writes as JSON ({@link JsonReads}) answer exactly what the GraphQL engine answers: the same
 * documents, sent by every kind of caller, once to the engine (header {@code Lvzhi-Engine: graphql}) and once as
 * usual, give the same JSON — the same cases, dispatches and ratings (so the same visibility), the same values,
 * keys in the same order. What the database cannot answer exactly (an unknown field, a bad argument, an invisible
 * case, an answer over a limit) is answered by the engine, with its error.
 */
@QuarkusTest
class JsonReadsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String CASE_FIELDS = """
            id code title description categoryItemId categoryText address latitude longitude attachments source externalId
            originUnitId areaUnitId reporterName priority deadline status clientTime reportedAt updatedAt round reopenCount
            closedAt version __typename
            originUnit { id code name kind level category creditCode parentId depth version }
            areaUnit { ...unit }
            dispatches { id caseId parentDispatchId fromUnitId fromName toUnitId role round instructions status sentAt
              signDeadline handleDeadline signedAt signedByName refusedAt refusalReason repliedAt replyText replyAttachments
              repliedByName closedAt closeReason closedByName overdue version fromUnit { ...unit } toUnit { id name } }
            ratings { id dispatchId caseId level originalLevel comment raterUnitId raterName ratedUnitId ratedAt version
              raterUnit { code } ratedUnit { code __typename } }
            """;

    /** The documents compared, each with its variables. */
    static final Map<String, Map<String, Object>> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("query Q1($st: [CaseStatus!]) { cases(first: 50, filter: {statuses: $st}) { totalCount pageInfo { hasNextPage }"
                + " edges { node { id code title status priority source reportedAt address originUnit { id code name kind } } } } }",
                Map.of("st", List.of("CLOSED")));
        LISTS.put("query Q2($st: [CaseStatus!]) { cases(first: 20, filter: {statuses: $st}) { edges { node { id code status"
                + " dispatches { id status role sentAt toUnit { id code name } } } } } }", Map.of("st", "CLOSED"));
        LISTS.put("fragment unit on Unit { id code name kind }\n"
                + "{ cases(first: 30) { __typename totalCount pageInfo { endCursor hasNextPage __typename }"
                + " edges { cursor node { " + CASE_FIELDS + " } } } }", Map.of());
        LISTS.put("fragment unit on Unit { id code }\n"
                + "query All($n: Int, $src: CaseSource) { page: cases(first: $n, filter: {source: $src}) { total: totalCount"
                + " edges { node { ... on Case { key: id status } reported: reportedAt ...more } } } }\n"
                + "fragment more on Case { key: id areaUnit { ...unit } originUnit { ...unit name } originUnit { level } }",
                Map.of("n", 7, "src", "GRID_WORKER"));
        LISTS.put("{ open: cases(first: 5, filter: {statuses: [REPORTED, DISPATCHED, IN_PROGRESS]}) { totalCount edges { node { id status } } }"
                + " mine: cases(first: 5, filter: {reportedByMe: true}) { totalCount totalCountCapped edges { node { id } } } }", Map.of());
        LISTS.put("query Empty { cases(first: 3, filter: {statuses: []}) { edges { node { id } } } }", Map.of());
    }

    static final List<Role> CALLERS = List.of(Role.LEADER, Role.ESTABLISHMENT_OFFICE, Role.COMMAND_CENTRE, Role.DEPARTMENT,
            Role.TOWNSHIP, Role.GRID_WORKER, Role.DISCIPLINE, Role.ORGANISATION, Role.COMMITTEE, Role.INTEGRATION);

    static Map<String, String> tokens() {
        Map<String, String> out = new LinkedHashMap<>();
        CALLERS.forEach(r -> out.put(r.name(), Keycloak.tokenFor(r)));
        out.put("office", Keycloak.office(Keycloak.ENVIRONMENT_OFFICE));
        return out;
    }

    private static boolean prepared;

    @BeforeEach
    void aCaseHandledJustNow() {
        // a case with a fresh dispatch tree among the demo's, whatever ran before
        if (!prepared) {
            Cases.repliedLead();
            prepared = true;
        }
    }

    static Response post(String token, String query, Map<String, Object> variables, boolean engine) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = RestAssured.given().contentType(ContentType.JSON).body(body).header("Authorization", "Bearer " + token);
        if (engine) {
            request.header(JsonReads.ENGINE_HEADER, "graphql");
        }
        return request.post("/graphql");
    }

    /** The engine's answer and the usual one; asserts they are the same and returns which engine gave the usual one. */
    static String compare(String who, String token, String query, Map<String, Object> variables) throws Exception {
        Response engine = post(token, query, variables, true);
        Response usual = post(token, query, variables, false);
        assertEquals(200, engine.statusCode());
        assertEquals(200, usual.statusCode());
        assertNull(engine.header(JsonReads.ENGINE_HEADER), "the header sends a request to the engine");
        JsonNode expected = normal(JSON.readTree(engine.asString()));
        JsonNode actual = normal(JSON.readTree(usual.asString()));
        assertEquals(expected, actual, () -> who + " asked " + query);
        assertEquals(fieldOrder(JSON.readTree(engine.asString())), fieldOrder(JSON.readTree(usual.asString())), "key order");
        return usual.header(JsonReads.ENGINE_HEADER);
    }

    @Test
    void everyCallerGetsTheEnginesAnswerFromTheDatabase() throws Exception {
        for (var caller : tokens().entrySet()) {
            for (var doc : LISTS.entrySet()) {
                assertTrue(JSON.readTree(post(caller.getValue(), doc.getKey(), doc.getValue(), true).asString()).path("errors").isMissingNode(),
                        () -> "the engine answers " + doc.getKey() + " without errors");
                assertEquals("sql", compare(caller.getKey(), caller.getValue(), doc.getKey(), doc.getValue()),
                        () -> caller.getKey() + ": the database answers " + doc.getKey());
            }
        }
    }

    @Test
    void theNextPageFollowsTheCursorAsTheEnginesDoes() throws Exception {
        String token = Keycloak.tokenFor(Role.DEPARTMENT);
        String query = "query P($after: String) { cases(first: 4, after: $after) { pageInfo { endCursor hasNextPage } edges { cursor node { id } } } }";
        Map<String, Object> vars = new HashMap<>();
        vars.put("after", null);
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            assertEquals("sql", compare("department", token, query, vars));
            JsonNode data = JSON.readTree(post(token, query, vars, false).asString()).path("data").path("cases");
            data.path("edges").forEach(e -> seen.add(e.path("node").path("id").asText()));
            vars.put("after", data.path("pageInfo").path("endCursor").asText());
        }
        assertEquals(12, seen.stream().distinct().count(), "three pages of four different cases: " + seen);
    }

    @Test
    void oneCaseIsTheEnginesForWhoeverSeesItAndNotFoundForOthers() throws Exception {
        String query = "fragment unit on Unit { id code name kind }\nquery One($id: ID!) { case(id: $id) { " + CASE_FIELDS + " } }";
        JsonNode ids = JSON.readTree(post(Keycloak.tokenFor(Role.LEADER), "{ cases(first: 40) { edges { node { id } } } }",
                Map.of(), false).asString()).path("data").path("cases").path("edges");
        int bySql = 0;
        int byEngine = 0;
        for (var caller : tokens().entrySet()) {
            for (int i = 0; i < ids.size(); i += 5) {
                String id = ids.get(i).path("node").path("id").asText();
                String engine = compare(caller.getKey(), caller.getValue(), query, Map.of("id", id));
                JsonNode answer = JSON.readTree(post(caller.getValue(), query, Map.of("id", id), false).asString());
                if ("sql".equals(engine)) {
                    bySql++;
                    assertEquals(id, answer.path("data").path("case").path("id").asText());
                } else {
                    byEngine++;
                    assertEquals("NOT_FOUND", answer.path("errors").path(0).path("extensions").path("code").asText(), answer::toString);
                }
            }
        }
        assertTrue(bySql > 12 && byEngine > 12, "visible and invisible cases both compared: " + bySql + " / " + byEngine);
    }

    @Test
    void whatTheDatabaseCannotAnswerExactlyIsTheEngines() throws Exception {
        String token = Keycloak.tokenFor(Role.COMMAND_CENTRE);
        // a field written by no JSON writer, an argument with input rules of its own, a directive
        assertNull(compare("centre", token, "{ cases(first: 2) { edges { node { id timeline { kind } } } } }", Map.of()));
        assertNull(compare("centre", token, "{ cases(first: 2, filter: {keyword: \"噪声\"}) { edges { node { id } } } }", Map.of()));
        assertNull(compare("centre", token, "query D($x: Boolean!) { cases(first: 2) { edges { node { id code @include(if: $x) } } } }",
                Map.of("x", true)));
        String bad = "query Q($st: [CaseStatus!], $n: Int) { cases(first: $n, filter: {statuses: $st}) { edges { node { id } } } }";
        assertEquals("sql", compare("centre", token, bad, Map.of("st", List.of("CLOSED"), "n", 2)));
        // the same document with values the engine refuses: the engine's refusal, word for word
        for (Map<String, Object> vars : List.of(Map.<String, Object>of("st", List.of("NOPE"), "n", 2), Map.<String, Object>of("n", 500),
                Map.<String, Object>of("n", 0), Map.<String, Object>of("st", 7))) {
            assertNull(compare("centre", token, bad, vars));
            JsonNode refused = JSON.readTree(post(token, bad, vars, false).asString());
            assertEquals("VALIDATION", refused.path("errors").path(0).path("extensions").path("code").asText(), refused::toString);
        }
        JsonNode badCursor = JSON.readTree(post(token, "{ cases(first: 2, after: \"!!\") { edges { node { id } } } }", Map.of(), false)
                .asString());
        assertEquals("VALIDATION", badCursor.path("errors").path(0).path("extensions").path("code").asText(), badCursor::toString);
    }

    @Test
    void aDocumentNeverSentBeforeIsTheDatabasesFromItsFirstRequest() throws Exception {
        String token = Keycloak.tokenFor(Role.LEADER);
        // a text no request sent before (its comment), so the engine has never seen it
        String fresh = "# " + System.nanoTime() + "\nquery Fresh($st: [CaseStatus!]) { cases(first: 7, filter: {statuses: $st})"
                + " { totalCount edges { node { id code status originUnit { id name } } } } }";
        Response first = post(token, fresh, Map.of("st", List.of("CLOSED")), false);
        assertEquals("sql", first.header(JsonReads.ENGINE_HEADER), "its first request is the database's");
        JsonNode engine = JSON.readTree(post(token, fresh, Map.of("st", List.of("CLOSED")), true).asString());
        assertEquals(normal(engine), normal(JSON.readTree(first.asString())));
        assertEquals(7, engine.path("data").path("cases").path("edges").size());
    }

    @Test
    void aNewDocumentTheEngineWouldRefuseIsRefusedByTheEngine() {
        String token = Keycloak.tokenFor(Role.LEADER);
        // never sent before (their comments), each refused before any resolver: an unknown field, a fragment cycle, a
        // variable of the wrong type, an undeclared variable; every time, not only the first
        for (String refused : List.of(
                "{ cases(first: 2) { edges { node { id noSuchField } } } }",
                "{ cases(first: 2) { edges { node { ...a } } } }\nfragment a on Case { id ...b }\nfragment b on Case { ...a }",
                "query Q($n: String) { cases(first: $n) { edges { node { id } } } }",
                "{ cases(first: $undeclared) { edges { node { id } } } }")) {
            String text = "# " + System.nanoTime() + "\n" + refused;
            for (int i = 0; i < 2; i++) {
                Response answer = post(token, text, Map.of(), false);
                assertEquals(200, answer.statusCode());
                assertNull(answer.header(JsonReads.ENGINE_HEADER), () -> "the engine answers " + refused);
                assertEquals("VALIDATION", answer.jsonPath().getString("errors[0].extensions.code"), refused);
                assertNull(answer.jsonPath().get("data"), refused);
            }
        }
    }

    @Test
    void anAnonymousCallerNeverReachesIt() {
        Response anonymous = RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ cases(first: 1) { edges { node { id } } } }")).post("/graphql");
        assertEquals(401, anonymous.statusCode());
        assertNotEquals("sql", anonymous.header(JsonReads.ENGINE_HEADER));
    }

    @Test
    void fieldsAreCountedAsTheEngineCountsExecutedFields() {
        assertEquals(0, JsonReads.fields("[]".getBytes(StandardCharsets.UTF_8)));
        assertEquals(4, JsonReads.fields("{\"a\" : 1, \"b:\\\"c\" : {\"d\" : \"x:y\", \"名称：\" : \"值\"}}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(JsonReads.fields("{\"a\" : [1, 2]}".getBytes(StandardCharsets.UTF_8)) > 1);
    }

    /** Numbers compared by value (the engine writes 120.0 where the database writes 120). */
    static JsonNode normal(JsonNode n) {
        if (n.isNumber()) {
            return JsonNodeFactory.instance.numberNode(n.decimalValue().stripTrailingZeros());
        }
        if (n.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            n.fields().forEachRemaining(e -> out.set(e.getKey(), normal(e.getValue())));
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            n.forEach(x -> out.add(normal(x)));
            return out;
        }
        return n;
    }

    /** Every object's keys in order, depth first. */
    static List<String> fieldOrder(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                out.add(e.getKey());
                out.addAll(fieldOrder(e.getValue()));
            });
        } else if (n.isArray()) {
            n.forEach(x -> out.addAll(fieldOrder(x)));
        }
        return out;
    }
}
