package cn.lvzhi.security;

import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every way of presenting a token that Keycloak did not issue for this API ends as UNAUTHENTICATED (HTTP 401). */
@QuarkusTest
class TokenAttackTest {
    static final String ME = "{ me { subject } }";
    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    static final Base64.Decoder D64 = Base64.getUrlDecoder();

    static void assertUnauthenticated(String token) {
        Response r = Gql.post(token, ME, null);
        r.then().statusCode(401);
        assertEquals("UNAUTHENTICATED", r.jsonPath().getString("errors[0].extensions.code"));
    }

    static String[] parts(String jwt) {
        return jwt.split("\\.");
    }

    static String json(String part) {
        return new String(D64.decode(part), StandardCharsets.UTF_8);
    }

    static String enc(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noTokenAtAll() {
        assertUnauthenticated(null);
    }

    @Test
    void garbageToken() {
        assertUnauthenticated("not-a-token");
        assertUnauthenticated("abc.def.ghi");
    }

    @Test
    void algNoneWithoutSignature() {
        String[] p = parts(Keycloak.freshPassword("lvzhi-cli", "bianban"));
        assertUnauthenticated(enc("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + p[1] + ".");
    }

    @Test
    void tamperedClaimsKeepingTheSignature() {
        String[] p = parts(Keycloak.freshPassword("lvzhi-cli", "huanjing"));
        String claims = json(p[1]).replace("\"department\"", "\"establishment-office\"");
        assertUnauthenticated(p[0] + "." + enc(claims) + "." + p[2]);
    }

    @Test
    void signedByAnotherKeyWithTheRealKeyId() throws Exception {
        String[] p = parts(Keycloak.freshPassword("lvzhi-cli", "bianban"));
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(pair.getPrivate());
        rs256.update((p[0] + "." + p[1]).getBytes(StandardCharsets.US_ASCII));
        assertUnauthenticated(p[0] + "." + p[1] + "." + B64.encodeToString(rs256.sign()));
    }

    @Test
    void hmacSignedWithThePublicKeyAsSecret() throws Exception {
        String[] p = parts(Keycloak.freshPassword("lvzhi-cli", "bianban"));
        String jwks = RestAssured.get(Keycloak.REALM_URL + "/protocol/openid-connect/certs").asString();
        String header = json(p[0]).replace("RS256", "HS256");
        String signingInput = enc(header) + "." + p[1];
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(jwks.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertUnauthenticated(signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void tokenOfAnotherAudience() {
        // the realm's built-in admin-cli client issues genuine, correctly signed tokens without the lvzhi-api audience
        assertUnauthenticated(Keycloak.freshPassword("admin-cli", "bianban"));
    }

    @Test
    void tokenOfAnotherRealm() {
        assertUnauthenticated(Keycloak.adminToken());
    }

    @Test
    void expiredToken() throws Exception {
        // a throw-away client whose tokens live three seconds, otherwise configured like the real ones
        String admin = Keycloak.adminToken();
        String clientId = "lvzhi-test-expiry-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> audience = Map.of("name", "audience", "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", "lvzhi-api", "access.token.claim", "true"));
        Map<String, Object> unit = Map.of("name", "unit", "protocol", "openid-connect",
                "protocolMapper", "oidc-usermodel-attribute-mapper",
                "config", Map.of("user.attribute", "unit", "claim.name", "unit", "jsonType.label", "String",
                        "access.token.claim", "true"));
        Response created = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "3"),
                        "protocolMappers", List.of(audience, unit)))
                .post(Keycloak.URL + "/admin/realms/lvzhi/clients");
        created.then().statusCode(201);
        String location = created.getHeader("Location");
        try {
            String token = Keycloak.freshPassword(clientId, "bianban");
            Gql.ok(Gql.post(token, ME, null)); // valid while fresh: the client is configured right
            Thread.sleep(4500);
            assertUnauthenticated(token);
        } finally {
            RestAssured.given().auth().oauth2(admin).delete(location).then().statusCode(204);
        }
    }
}
