package cn.lvzhi.security;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * A request to the API without a valid bearer token stops before GraphQL parses anything; it gets HTTP 401 and,
 * so that GraphQL clients handle it like any other error, a body with {@code extensions.code = UNAUTHENTICATED}.
 * A token that cannot be checked at all, because Keycloak has been unreachable since the backend started (its keys
 * were never fetched), gets 503 UNAVAILABLE (retryable) instead of a 500: it is not served either way.
 */
@ApplicationScoped
public class UnauthenticatedResponse {
    static final String BODY = """
            {"errors":[{"message":"请先登录：缺少有效的访问令牌 (authentication required: no valid bearer token)",\
            "extensions":{"code":"UNAUTHENTICATED"}}]}""";
    static final String UNAVAILABLE_BODY = """
            {"errors":[{"message":"身份认证服务暂时不可用，请稍后重试 (the login service is unavailable, retry later)",\
            "extensions":{"code":"UNAVAILABLE","retryable":true}}]}""";
    private static final Logger LOG = Logger.getLogger(UnauthenticatedResponse.class);

    void install(@Observes Router router) {
        router.route("/graphql*").order(-1000).failureHandler(this::onFailure);
        router.route("/api/*").order(-1000).failureHandler(this::onFailure);
    }

    /** A request with no Authorization header at all is answered before authentication even starts. */
    void anonymous(@Observes Filters filters) {
        filters.register(rc -> {
            String path = rc.normalizedPath();
            boolean api = path.equals("/graphql") || path.startsWith("/graphql/");
            if (api && rc.request().getHeader("Authorization") == null) {
                respond(rc);
            } else {
                rc.next();
            }
        }, 1000);
    }

    private void onFailure(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (oidcUnreachable(failure) && !rc.response().headWritten()) {
            LOG.warnf("token not checked, the OIDC provider is unreachable: %s", failure.getMessage());
            rc.response().setStatusCode(503).putHeader("Retry-After", "5")
                    .putHeader("Content-Type", "application/json; charset=utf-8").end(UNAVAILABLE_BODY);
            return;
        }
        boolean unauthenticated = failure instanceof AuthenticationFailedException
                || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException
                || (rc.statusCode() == 401 && !(failure instanceof AuthenticationRedirectException));
        if (!unauthenticated || rc.response().headWritten()) {
            rc.next();
            return;
        }
        respond(rc);
    }

    private static boolean oidcUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }

    private static void respond(RoutingContext rc) {
        rc.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(BODY);
    }
}
