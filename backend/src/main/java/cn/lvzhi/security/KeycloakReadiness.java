package cn.lvzhi.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Readiness follows Keycloak: DOWN while its realm cannot be reached (no new login works then; tokens already
 * issued keep working, their keys are cached). Quarkus' own OIDC check is not used: it stays DOWN after Keycloak
 * returns until a request has initialised the tenant, and a backend that is not ready gets no requests — one
 * started while Keycloak was down would never become ready.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI discovery;

    public KeycloakReadiness(@ConfigProperty(name = "lvzhi.oidc.url") String realmUrl) {
        this.discovery = URI.create(realmUrl.replaceAll("/+$", "") + "/.well-known/openid-configuration");
    }

    @Override
    public HealthCheckResponse call() {
        String state;
        try {
            int status = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            state = status == 200 ? null : "HTTP " + status;
        } catch (java.io.IOException e) {
            state = "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = "interrupted";
        }
        return HealthCheckResponse.named("Keycloak realm").status(state == null)
                .withData("realm", state == null ? "reachable" : state).build();
    }
}
