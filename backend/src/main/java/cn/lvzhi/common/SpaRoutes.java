package cn.lvzhi.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The SPA uses history-mode routes (/org, /m/...): a browser that reloads such a page gets index.html, while the
 * API, the operations endpoints and real files (anything with a dot) keep their own handlers.
 */
@ApplicationScoped
public class SpaRoutes {
    static final String SPA_PATH = "/(?!graphql|api/|q/|assets/)[^.]+";

    void install(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, SPA_PATH).handler(rc -> rc.reroute("/"));
    }
}
