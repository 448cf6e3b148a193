package cn.lvzhi.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings the running Keycloak up to the committed realm file for what 科室 staff need — the {@code office} user
 * attribute, its token mapper on the clients and the demo office users — through the admin REST API. The local
 * Keycloak re-imports the realm only when it starts with a changed file; this lets the tests run against one that
 * was started before the office users existed. Idempotent: whatever is already there is left as it is.
 */
final class RealmSync {
    private static final String ADMIN = Keycloak.URL + "/admin/realms/lvzhi";
    private static final Path REALM_FILE = Path.of("..", "k8s", "keycloak", "lvzhi-realm.json");
    private static boolean done;

    private RealmSync() {
    }

    /** Makes sure the office attribute, its mappers and the office users of the realm file exist; once per JVM. */
    static synchronized void officeUsers() {
        if (done) {
            return;
        }
        JsonPath realm;
        try {
            realm = new JsonPath(Files.readString(REALM_FILE));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + REALM_FILE.toAbsolutePath(), e);
        }
        profileAttribute();
        List<Map<String, Object>> clients = realm.getList("clients");
        for (Map<String, Object> client : clients) {
            mapper(client);
        }
        List<Map<String, Object>> users = realm.getList("users");
        users.stream().filter(u -> u.get("attributes") instanceof Map<?, ?> a && a.containsKey("office")).forEach(RealmSync::user);
        done = true;
    }

    private static RequestSpecification admin() {
        return RestAssured.given().auth().oauth2(Keycloak.adminToken()).contentType(ContentType.JSON);
    }

    /** The declarative user profile must declare {@code office}, or Keycloak drops the attribute. */
    private static void profileAttribute() {
        Map<String, Object> profile = admin().get(ADMIN + "/users/profile").then().statusCode(200).extract().as(Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attributes = new ArrayList<>((List<Map<String, Object>>) profile.get("attributes"));
        if (attributes.stream().anyMatch(a -> "office".equals(a.get("name")))) {
            return;
        }
        attributes.add(Map.of("name", "office", "displayName", "科室编码 (office code)",
                "validations", Map.of("length", Map.of("min", 1, "max", 64)),
                "permissions", Map.of("view", List.of("admin"), "edit", List.of("admin")), "multivalued", false));
        Map<String, Object> changed = new HashMap<>(profile);
        changed.put("attributes", attributes);
        admin().body(changed).put(ADMIN + "/users/profile").then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static void mapper(Map<String, Object> client) {
        List<Map<String, Object>> mappers = (List<Map<String, Object>>) client.getOrDefault("protocolMappers", List.of());
        Map<String, Object> office = mappers.stream().filter(m -> "office".equals(m.get("name"))).findFirst().orElse(null);
        if (office == null) {
            return;
        }
        String id = admin().queryParam("clientId", client.get("clientId")).get(ADMIN + "/clients")
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        String models = ADMIN + "/clients/" + id + "/protocol-mappers/models";
        List<String> names = admin().get(models).then().statusCode(200).extract().jsonPath().getList("name");
        if (!names.contains("office")) {
            admin().body(office).post(models).then().statusCode(201);
        }
    }

    @SuppressWarnings("unchecked")
    private static void user(Map<String, Object> user) {
        String username = (String) user.get("username");
        List<Object> found = admin().queryParam("username", username).queryParam("exact", true).get(ADMIN + "/users")
                .then().statusCode(200).extract().jsonPath().getList("$");
        if (!found.isEmpty()) {
            return;
        }
        Map<String, Object> created = new HashMap<>(user);
        created.remove("realmRoles");
        created.put("credentials", List.of(Map.of("type", "password", "value", Keycloak.DEMO_PASSWORD, "temporary", false)));
        String location = admin().body(created).post(ADMIN + "/users").then().statusCode(201).extract().header("Location");
        List<Object> roles = new ArrayList<>();
        for (String role : (List<String>) user.get("realmRoles")) {
            roles.add(admin().get(ADMIN + "/roles/" + role).then().statusCode(200).extract().as(Map.class));
        }
        admin().body(roles).post(location + "/role-mappings/realm").then().statusCode(204);
    }
}
