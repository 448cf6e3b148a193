package cn.lvzhi.security;

import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * Verifies a bearer token once, not on every request it comes with (issue 15: the verification, signature and claims,
 * was a seventh of a report's server CPU and a quarter of a list's). The OIDC provider verifies a token seen for the
 * first time, as before; the identity it makes is kept under the token's exact text until the token expires, at most
 * {@link #MOST}, and a later request with the same text gets that identity again, tied to its own request.
 * <ul>
 *   <li>Exact: what the provider checks of a token (signature against the realm's keys, issuer, audience, algorithm,
 *       expiry) depends on its text and the time alone, and the entry ends at the token's expiry. A key the realm
 *       withdraws stops the tokens it signed here within {@link #MOST}; before, it did at once.</li>
 *   <li>Only a token the provider accepted is kept: every refused one is verified, and refused, again.</li>
 *   <li>A token bound to something of its request (a {@code cnf} claim: a client certificate, a DPoP key) is
 *       verified on every request, as is a request that carries no routing context.</li>
 *   <li>At most {@link #CAPACITY} tokens; a full cache first drops the expired ones, then all.</li>
 * </ul>
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {
    /** The longest a verified token is kept (the realm's tokens live five minutes). */
    static final long MOST = 60_000;
    /** About 5 KB each (the token's text and its claims): at most ~20 MB of the heap. */
    static final int CAPACITY = 4_096;

    private record Verified(SecurityIdentity identity, long until) {
    }

    /** The OIDC provider's verification. */
    private final BiFunction<TokenAuthenticationRequest, AuthenticationRequestContext, Uni<SecurityIdentity>> oidc;
    private final int priority;
    private final LongSupplier clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final AtomicLong verifications = new AtomicLong();

    @Inject
    public VerifiedTokens(OidcIdentityProvider oidc) {
        this(oidc::authenticate, oidc.priority() + 1, System::currentTimeMillis);
    }

    VerifiedTokens(BiFunction<TokenAuthenticationRequest, AuthenticationRequestContext, Uni<SecurityIdentity>> oidc,
                   int priority, LongSupplier clock) {
        this.oidc = oidc;
        this.priority = priority;
        this.clock = clock;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before the OIDC provider, which it calls itself for a token it has not verified. */
    @Override
    public int priority() {
        return priority;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken() == null ? null : request.getToken().getToken();
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (token == null || rc == null) {
            return oidc.apply(request, context);
        }
        long now = clock.getAsLong();
        Verified known = verified.get(token);
        if (known != null && now < known.until()) {
            return Uni.createFrom().item(ofRequest(known.identity(), rc));
        }
        verifications.incrementAndGet();
        return oidc.apply(request, context).invoke(identity -> keep(token, identity, now));
    }

    /** How many tokens the OIDC provider was asked to verify (tests). */
    long verifications() {
        return verifications.get();
    }

    private void keep(String token, SecurityIdentity identity, long now) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getClaim("cnf") != null || jwt.getExpirationTime() <= 0) {
            return;
        }
        long until = Math.min(jwt.getExpirationTime() * 1000, now + MOST);
        if (until <= now) {
            return;
        }
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(v -> v.until() <= now);
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(identity, until));
    }

    /** The kept identity, its request-bound attributes (the routing context and what hangs on it) of this request. */
    private static SecurityIdentity ofRequest(SecurityIdentity identity, RoutingContext rc) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        OidcUtils.setRoutingContextAttribute(builder, rc);
        OidcUtils.setBlockingApiAttribute(builder, rc);
        return builder.build();
    }
}
