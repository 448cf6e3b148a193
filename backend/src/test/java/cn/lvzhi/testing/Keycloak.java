package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real tokens from the real Keycloak of the local runtime (started by scripts/keycloak.sh). */
public final class Keycloak {
    public static final String URL = System.getenv().getOrDefault("LVZHI_KC_URL", "http://localhost:8180");
    public static final String REALM_URL = URL + "/realms/lvzhi";
    public static final String TOKEN_URL = REALM_URL + "/protocol/openid-connect/token";
    public static final String DEMO_PASSWORD = "lvzhi2026";
    public static final String HOTLINE_CLIENT = "lvzhi-hotline";
    public static final String HOTLINE_SECRET = "lvzhi-hotline-demo-secret";

    /** The demo user holding each role (see k8s/keycloak/lvzhi-realm.json). */
    public static final Map<Role, String> DEMO_USER = Map.of(
            Role.ESTABLISHMENT_OFFICE, "bianban",
            Role.COMMITTEE, "bianwei",
            Role.COMMAND_CENTRE, "zhihui",
            Role.DEPARTMENT, "huanjing",
            Role.TOWNSHIP, "zhenjie",
            Role.GRID_WORKER, "wanggeyuan",
            Role.DISCIPLINE, "jiwei",
            Role.ORGANISATION, "zuzhibu",
            Role.LEADER, "lingdao");

    /** 科室 staff (token with the office code): 生态环境局's and 城市管理局's 执法监督科 (JZ-QH-D10-K07, JZ-QH-D11-K07). */
    public static final String ENVIRONMENT_OFFICE = "huanjing-zhifa";
    public static final String URBAN_OFFICE = "chengguan-zhifa";

    /** Access tokens live 300 s in the realm; a cached one is fetched again well before that. */
    private static final long REUSE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(200);

    /** A token and when it was fetched. */
    private record Cached(String token, long fetchedAt) {
        boolean fresh() {
            return System.nanoTime() - fetchedAt < REUSE_NANOS;
        }
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** An access token of the demo user holding the role (the integration role: the hotline's service account). */
    public static String tokenFor(Role role) {
        return role == Role.INTEGRATION ? clientCredentials(HOTLINE_CLIENT, HOTLINE_SECRET) : password("lvzhi-cli", DEMO_USER.get(role));
    }

    /**
     * An access token of a demo office user ({@link #ENVIRONMENT_OFFICE}, {@link #URBAN_OFFICE}); the running Keycloak
     * gets the office users of the realm file first if it was started before they existed.
     */
    public static String office(String username) {
        RealmSync.officeUsers();
        return password("lvzhi-cli", username);
    }

    /** Resource-owner password grant (the realm allows it only on the local lvzhi-cli client and test clients). */
    public static String password(String clientId, String username) {
        return cached(clientId + "/" + username, () -> token(Map.of(
                "grant_type", "password", "client_id", clientId, "username", username, "password", DEMO_PASSWORD)));
    }

    public static String clientCredentials(String clientId, String secret) {
        return cached(clientId + "/cc", () -> token(Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)));
    }

    /** The cached token of the key, fetched again once it is no longer fresh (the suite outlives a token). */
    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        return CACHE.compute(key, (k, old) -> old != null && old.fresh() ? old : new Cached(fetch.get(), System.nanoTime())).token();
    }

    /** A fresh (uncached) token of a user through a given client. */
    public static String freshPassword(String clientId, String username) {
        return token(Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", DEMO_PASSWORD));
    }

    private static String token(Map<String, String> form) {
        JsonPath body = RestAssured.given().formParams(form).post(TOKEN_URL).then().statusCode(200).extract().jsonPath();
        return body.getString("access_token");
    }

    /** An access token of the master realm's admin, for the Keycloak admin API. */
    public static String adminToken() {
        return RestAssured.given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", "admin", "password", "admin"))
                .post(URL + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath().getString("access_token");
    }
}
