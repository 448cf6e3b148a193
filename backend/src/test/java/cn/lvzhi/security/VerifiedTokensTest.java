package cn.lvzhi.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The cache of verified tokens on its own, with a verification that counts its calls and a clock the test moves: what
 * is kept, for how long, and what is verified every time. Against the real Keycloak the same cache stands behind every
 * request of every other test; {@code TokenAttackTest} shows the refused tokens and an expired one refused through it.
 */
class VerifiedTokensTest {
    static final long NOW = 1_800_000_000_000L;

    final AtomicLong clock = new AtomicLong(NOW);
    final List<String> verified = new ArrayList<>();
    /** The token's claims by its text; a token without claims fails verification. */
    final Map<String, JwtClaims> issued = new java.util.HashMap<>();
    final VerifiedTokens tokens = new VerifiedTokens((request, context) -> {
        String token = request.getToken().getToken();
        verified.add(token);
        JwtClaims claims = issued.get(token);
        if (claims == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("refused"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new OidcJwtCallerPrincipal(claims, request.getToken()))
                .addRole("leader")
                .addAttribute(RoutingContext.class.getName(), HttpSecurityUtils.getRoutingContextAttribute(request))
                .build());
    }, 1002, clock::get);

    static RoutingContext routingContext() {
        return (RoutingContext) Proxy.newProxyInstance(VerifiedTokensTest.class.getClassLoader(),
                new Class<?>[]{RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    String issue(String token, long expiresAtMillis, boolean bound) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("subject-of-" + token);
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromMilliseconds(expiresAtMillis));
        if (bound) {
            claims.setClaim("cnf", Map.of("x5t#S256", "thumbprint"));
        }
        issued.put(token, claims);
        return token;
    }

    SecurityIdentity present(String token, RoutingContext rc) {
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(token, "bearer"));
        HttpSecurityUtils.setRoutingContextAttribute(request, rc);
        return tokens.authenticate(request, null).await().indefinitely();
    }

    @Test
    void aTokenIsVerifiedOnceAndEachRequestGetsItsOwnRoutingContext() {
        String token = issue("t1", NOW + 300_000, false);
        RoutingContext first = routingContext();
        RoutingContext second = routingContext();
        SecurityIdentity a = present(token, first);
        SecurityIdentity b = present(token, second);
        assertEquals(List.of("t1"), verified);
        assertEquals(1, tokens.verifications());
        assertEquals("subject-of-t1", b.getPrincipal().getName());
        assertEquals(a.getRoles(), b.getRoles());
        assertSame(first, a.getAttribute(RoutingContext.class.getName()));
        assertSame(second, b.getAttribute(RoutingContext.class.getName()));
    }

    @Test
    void keptAtMostAMinuteAndNeverPastItsExpiry() {
        String longLived = issue("long", NOW + 300_000, false);
        String shortLived = issue("short", NOW + 10_000, false);
        present(longLived, routingContext());
        present(shortLived, routingContext());
        clock.set(NOW + 9_999);
        present(longLived, routingContext());
        present(shortLived, routingContext());
        assertEquals(List.of("long", "short"), verified);
        clock.set(NOW + 10_000); // the short one's expiry: verified again (and refused there when it has expired)
        present(shortLived, routingContext());
        assertEquals(List.of("long", "short", "short"), verified);
        clock.set(NOW + VerifiedTokens.MOST);
        present(longLived, routingContext());
        assertEquals(List.of("long", "short", "short", "long"), verified);
    }

    @Test
    void aRefusedTokenIsVerifiedAndRefusedEveryTime() {
        for (int i = 0; i < 3; i++) {
            assertThrows(AuthenticationFailedException.class, () -> present("forged", routingContext()));
        }
        assertEquals(List.of("forged", "forged", "forged"), verified);
    }

    @Test
    void aTokenBoundToItsRequestIsVerifiedEveryTime() {
        String bound = issue("bound", NOW + 300_000, true);
        present(bound, routingContext());
        present(bound, routingContext());
        assertEquals(List.of("bound", "bound"), verified);
    }

    @Test
    void aRequestWithoutRoutingContextIsVerified() {
        String token = issue("plain", NOW + 300_000, false);
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(token, "bearer"));
        tokens.authenticate(request, null).await().indefinitely();
        tokens.authenticate(request, null).await().indefinitely();
        assertEquals(List.of("plain", "plain"), verified);
    }

    @Test
    void aFullCacheDropsTheExpiredFirst() {
        String kept = issue("kept", NOW + 300_000, false);
        present(kept, routingContext());
        for (int i = 1; i < VerifiedTokens.CAPACITY; i++) {
            present(issue("soon-" + i, NOW + 1_000, false), routingContext());
        }
        clock.set(NOW + 2_000);
        present(issue("new", NOW + 300_000, false), routingContext()); // full: the expired ones go, "kept" stays
        verified.clear();
        present(kept, routingContext());
        present("new", routingContext());
        assertEquals(List.of(), verified);
    }

    @Test
    void aFullCacheOfLiveTokensStartsOver() {
        for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
            present(issue("live-" + i, NOW + 300_000, false), routingContext());
        }
        present(issue("one-more", NOW + 300_000, false), routingContext());
        verified.clear();
        present("one-more", routingContext());
        present("live-0", routingContext());
        assertEquals(List.of("live-0"), verified);
    }
}
