package cn.lvzhi.common;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Abusive queries are refused before any resolver (and so the database) runs. */
@QuarkusTest
class QueryLimitsTest {

    static String nested(int parents) {
        String inner = "code";
        for (int i = 0; i < parents; i++) {
            inner = "parent { " + inner + " }";
        }
        return inner;
    }

    @Test
    void queryDeeperThanTheLimitIsRefusedWithoutResolving() {
        // unit(id) of a unit that does not exist: had anything resolved, the answer would hold a NOT_FOUND error
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.LEADER), "{ unit(id: 987654321) { " + nested(12) + " } }", null));
        List<Map<String, Object>> errors = body.getList("errors");
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(body.getString("errors[0].message").contains("depth"), errors::toString);
        assertEquals("VALIDATION", body.getString("errors[0].extensions.code"));
        assertNull(body.get("data"));
    }

    @Test
    void queryWithinTheLimitResolves() {
        JsonPath body = Gql.data(Gql.as(Role.LEADER, "{ unitByCode(code: \"JZ-QH-T01-V01-G01\") { " + nested(4) + " } }"));
        assertEquals("JZ", body.getString("data.unitByCode.parent.parent.parent.parent.code"));
    }

    static final String UNIT_SCALARS = "id code name kind level category creditCode parentId depth childCount version";

    /** 15 aliases (the limit), each wide and six parents deep: within depth and alias limits, beyond complexity. */
    @Test
    void tooComplexQueryIsRefused() {
        String wide = UNIT_SCALARS;
        for (int i = 0; i < 6; i++) {
            wide = UNIT_SCALARS + " parent { " + wide + " }";
        }
        StringBuilder q = new StringBuilder("{");
        for (int i = 0; i < 15; i++) {
            q.append(" a").append(i).append(": units(first: 1) { edges { node { ").append(wide).append(" } } }");
        }
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.LEADER), q.append(" }").toString(), null));
        assertTrue(body.getString("errors[0].message").contains("complexity"), body::prettify);
        assertEquals("VALIDATION", body.getString("errors[0].extensions.code"));
        assertNull(body.get("data"));
    }

    @Test
    void moreAliasesThanTheLimitAreRefused() {
        StringBuilder q = new StringBuilder("{");
        for (int i = 0; i < 16; i++) {
            q.append(" a").append(i).append(": me { subject }");
        }
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.LEADER), q.append(" }").toString(), null));
        assertTrue(body.getString("errors[0].message").contains("aliases"), body::prettify);
        assertEquals("VALIDATION", body.getString("errors[0].extensions.code"));
        assertNull(body.get("data"));
    }

    @Test
    void aliasesInsideFragmentsCount() {
        StringBuilder fragment = new StringBuilder("fragment F on Me {");
        for (int i = 0; i < 8; i++) {
            fragment.append(" s").append(i).append(": subject");
        }
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.LEADER),
                "{ a: me { ...F } b: me { ...F } } " + fragment.append(" }"), null));
        assertTrue(body.getString("errors[0].message").contains("aliases"), body::prettify);
    }

    @Test
    void nestedFragmentsResolve() {
        JsonPath body = Gql.data(Gql.as(Role.LEADER, """
                query { me { ...Outer } }
                fragment Outer on Me { who: subject unit { ...Inner } }
                fragment Inner on Unit { code parent { ...Leaf } }
                fragment Leaf on Unit { c: code }"""));
        assertEquals("JZ-QH", body.getString("data.me.unit.code"));
        assertEquals("JZ", body.getString("data.me.unit.parent.c"));
    }

    /** One error, VALIDATION, with its message; no data, so nothing was resolved. */
    static String refused(String document) {
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.GRID_WORKER), document, null));
        List<Map<String, Object>> errors = body.getList("errors");
        assertEquals(1, errors.size(), body::prettify);
        assertEquals("VALIDATION", body.getString("errors[0].extensions.code"), body::prettify);
        assertNull(body.get("data"));
        return body.getString("errors[0].message");
    }

    /**
     * ~1 KB whose fragments spread each other twice per level: 2^30 copies of one field once expanded. It used to
     * block an event-loop thread until the heap ran out. Now it is one VALIDATION error: the unknown field
     * {@code salary} would have added a validation error, and {@code unit} a NOT_FOUND, had either step run.
     */
    @Test
    void exponentialFragmentsAreRefusedBeforeValidationAndResolution() {
        String doc = QueryMeasureTest.doublingFragments("unit(id: 987654321) { code } me { salary }", 30);
        assertTrue(doc.length() < 1500, "a small document");
        assertTrue(refused(doc).contains("complexity"));
    }

    /** Depth 16 reached only by spreading fragments, each one level deep: the old depth check let it through. */
    @Test
    void depthReachedThroughFragmentsIsRefused() {
        String message = refused(QueryMeasureTest.parentsThroughFragments(987654321, 15));
        assertTrue(message.contains("depth 16"), message);
    }

    @Test
    void fragmentCycleIsAValidationError() {
        String message = refused("""
                { me { ...A } }
                fragment A on Me { subject ...B }
                fragment B on Me { unit { code } ...A }""");
        assertTrue(message.contains("fragment cycle: A → B → A"), message);
    }

    @Test
    void unknownFragmentIsAValidationError() {
        assertTrue(refused("{ me { ...Nowhere } }").contains("unknown fragment Nowhere"));
    }

    @Test
    void unknownFieldIsAValidationError() {
        JsonPath body = Gql.ok(Gql.post(Keycloak.tokenFor(Role.LEADER), "{ me { salary } }", null));
        assertEquals("VALIDATION", body.getString("errors[0].extensions.code"));
        assertTrue(body.getString("errors[0].message").contains("salary"));
    }

    @Test
    void anonymousRequestStopsBeforeParsing() {
        // not even a syntactically valid query: parsing would have produced a syntax error instead
        var r = Gql.post(null, "{ this is not graphql", null);
        r.then().statusCode(401);
        assertEquals("UNAUTHENTICATED", r.jsonPath().getString("errors[0].extensions.code"));
    }
}
