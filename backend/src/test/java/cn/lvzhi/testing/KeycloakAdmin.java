package cn.lvzhi.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Temporary users in the real realm, for identities the demo users do not cover; delete them when done. */
public final class KeycloakAdmin implements AutoCloseable {
    private static final String USERS = Keycloak.URL + "/admin/realms/lvzhi/users";
    private final String admin = Keycloak.adminToken();
    private final String location;
    public final String username;

    /** A user with one realm role and the given unit attribute ({@code null}: no unit at all). */
    public KeycloakAdmin(String realmRole, String unit) {
        this(realmRole, unit == null ? null : Map.of("unit", List.of(unit)));
    }

    /** A user with one realm role and these attributes ({@code unit}, and {@code office} for 科室 staff). */
    public static KeycloakAdmin withAttributes(String realmRole, Map<String, List<String>> attributes) {
        return new KeycloakAdmin(realmRole, attributes);
    }

    private KeycloakAdmin(String realmRole, Map<String, List<String>> attributes) {
        username = "lvzhi-test-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = new java.util.HashMap<>(Map.of("username", username, "enabled", true,
                "firstName", "测试", "lastName", "用户", "email", username + "@test.example.cn", "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", Keycloak.DEMO_PASSWORD, "temporary", false))));
        if (attributes != null) {
            user.put("attributes", attributes);
        }
        Response created = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(user).post(USERS);
        created.then().statusCode(201);
        location = created.getHeader("Location");
        Object role = RestAssured.given().auth().oauth2(admin).get(Keycloak.URL + "/admin/realms/lvzhi/roles/" + realmRole)
                .then().statusCode(200).extract().as(Map.class);
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(role))
                .post(location + "/role-mappings/realm").then().statusCode(204);
    }

    public String token() {
        return Keycloak.freshPassword("lvzhi-cli", username);
    }

    /** Deletes the user, with a fresh admin token: the master realm's tokens live a minute, a test may take longer. */
    @Override
    public void close() {
        RestAssured.given().auth().oauth2(Keycloak.adminToken()).delete(location).then().statusCode(204);
    }
}
