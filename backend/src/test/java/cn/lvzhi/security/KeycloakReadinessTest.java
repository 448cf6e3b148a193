package cn.lvzhi.security;

import cn.lvzhi.testing.Keycloak;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Readiness follows whether the realm answers — the real Keycloak of the test run, and a port nothing listens on. */
class KeycloakReadinessTest {

    @Test
    void upWhileTheRealmAnswers() {
        HealthCheckResponse r = new KeycloakReadiness(Keycloak.URL + "/realms/lvzhi/").call();
        assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
    }

    @Test
    void downWhileKeycloakIsUnreachable() {
        HealthCheckResponse r = new KeycloakReadiness("http://127.0.0.1:9/realms/lvzhi").call();
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        assertEquals("unreachable", r.getData().orElseThrow().get("realm"));
    }

    @Test
    void downWhenTheRealmIsMissing() {
        HealthCheckResponse r = new KeycloakReadiness(Keycloak.URL + "/realms/no-such-realm").call();
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
    }
}
