package cn.lvzhi.common;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits as production sets them, made small enough to reach: a caller's cost budget, the executed-field
 * cap, introspection off. Each test uses its own demo user, since a budget belongs to the caller.
 */
@QuarkusTest
@TestProfile(CallerLimitsTest.Tight.class)
class CallerLimitsTest {

    /** Budget 40 fields per hour (no refill to speak of during the test), 30 executed fields, no introspection. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "lvzhi.graphql.caller.budget", "40",
                    "lvzhi.graphql.caller.window", "1h",
                    "lvzhi.graphql.max-executed-fields", "30",
                    "lvzhi.graphql.introspection", "false");
        }
    }

    static final String SMALL = "{ me { subject } }";

    @Test
    void aCallerOverItsBudgetIsRateLimitedAndOthersAreNot() {
        String flooder = Keycloak.tokenFor(Role.GRID_WORKER);
        for (int i = 0; i < 20; i++) {
            Gql.data(Gql.ok(Gql.post(flooder, SMALL, null)));
        }
        // the 21st request of 2 fields finds 40 spent; even a document that would not validate does no work
        JsonPath refused = Gql.ok(Gql.post(flooder, "{ me { subject salary } }", null));
        assertEquals("RATE_LIMITED", refused.getString("errors[0].extensions.code"), refused::prettify);
        assertEquals(1, refused.getList("errors").size(), refused::prettify);
        assertTrue(refused.getLong("errors[0].extensions.retryAfterSeconds") >= 1, refused::prettify);
        assertTrue(refused.getString("errors[0].message").contains("请求过于频繁"), refused::prettify);
        assertNull(refused.get("data"));

        Gql.data(Gql.ok(Gql.post(Keycloak.tokenFor(Role.TOWNSHIP), SMALL, null)));
    }

    @Test
    void theThirdPartyClientHasABudgetOfItsOwn() {
        String hotline = Keycloak.tokenFor(Role.INTEGRATION);
        for (int i = 0; i < 20; i++) {
            Gql.data(Gql.ok(Gql.post(hotline, SMALL, null)));
        }
        assertEquals("RATE_LIMITED", Gql.ok(Gql.post(hotline, SMALL, null)).getString("errors[0].extensions.code"));
    }

    @Test
    void moreExecutedFieldsThanTheCapAreRefusedWithNoData() {
        // 5 fields in the document, 2 + 20 × 3 once the page of 20 units is there
        String message = Gql.error(Gql.as(Role.LEADER, "{ units(first: 20) { edges { node { code name } } } }"), "VALIDATION");
        assertTrue(message.contains("more than 30 fields executed"), message);
        Gql.data(Gql.as(Role.LEADER, "{ units(first: 5) { edges { node { code name } } } }"));
    }

    @Test
    void aReadTheDatabaseAnswersCountsAgainstTheBudgetAsTheEnginesDoes() {
        // 4 fields, each request answered by the database (JsonReads), the first one too
        String token = Keycloak.tokenFor(Role.ORGANISATION);
        String cases = "{ cases(first: 1) { edges { node { id } } } }";
        int bySql = 0;
        for (int i = 0; i < 10; i++) {
            var answer = Gql.post(token, cases, null);
            Gql.data(Gql.ok(answer));
            bySql += "sql".equals(answer.header("Lvzhi-Engine")) ? 1 : 0;
        }
        assertEquals(10, bySql);
        var refused = Gql.post(token, cases, null);
        assertEquals("RATE_LIMITED", Gql.ok(refused).getString("errors[0].extensions.code"));
        assertNull(refused.header("Lvzhi-Engine"));
    }

    @Test
    void moreExecutedFieldsThanTheCapAreRefusedWhoeverWouldAnswer() {
        // 1 + 1 + 20 × 2 fields: the database's answer is over the cap, so the engine answers, each time
        String many = "{ cases(first: 20) { edges { node { id } } } }";
        for (int i = 0; i < 2; i++) {
            String message = Gql.error(Gql.as(Role.COMMITTEE, many), "VALIDATION");
            assertTrue(message.contains("more than 30 fields executed"), message);
        }
    }

    @Test
    void introspectionIsRefusedWhereItIsOff() {
        JsonPath body = Gql.as(Role.COMMAND_CENTRE, "{ __schema { queryType { name } } }");
        assertTrue(Gql.error(body, "VALIDATION").contains("introspection is disabled"));
        assertNull(body.get("data"));
        JsonPath type = Gql.as(Role.COMMAND_CENTRE, "{ __type(name: \"Unit\") { name } }");
        assertTrue(Gql.error(type, "VALIDATION").contains("introspection is disabled"));
        // __typename is part of every answer's shape, not introspection
        assertEquals("Query", Gql.data(Gql.as(Role.COMMAND_CENTRE, "{ __typename }")).getString("data.__typename"));
    }
}
