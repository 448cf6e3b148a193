package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Calls the GraphQL endpoint the way a client does: HTTP POST with a bearer token. */
public final class Gql {
    private Gql() {
    }

    public static Response post(String token, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables == null ? Map.of() : variables);
        var request = RestAssured.given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql");
    }

    public static JsonPath as(Role role, String query, Map<String, Object> variables) {
        return ok(post(Keycloak.tokenFor(role), query, variables));
    }

    public static JsonPath as(Role role, String query) {
        return as(role, query, Map.of());
    }

    /** The body of a 200 response. */
    public static JsonPath ok(Response response) {
        response.then().statusCode(200);
        return response.jsonPath();
    }

    /** Asserts success (no errors) and returns the data. */
    public static JsonPath data(JsonPath body) {
        List<Object> errors = body.getList("errors");
        assertNull(errors, () -> "unexpected errors: " + errors);
        return body;
    }

    /** Asserts exactly one error with the code and returns its message. */
    public static String error(JsonPath body, String code) {
        List<Map<String, Object>> errors = body.getList("errors");
        assertNotNull(errors, () -> "expected a " + code + " error, got data " + body.getMap("data"));
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        assertEquals(code, body.getString("errors[0].extensions.code"), () -> "errors: " + errors);
        return body.getString("errors[0].message");
    }
}
