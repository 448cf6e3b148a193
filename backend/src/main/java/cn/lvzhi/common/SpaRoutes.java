package cn.lvzhi.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The SPA uses history-mode routes (/org, /m/...): a browser that reloads such a page gets index.html, while the
 * API, the operations endpoints and real files (anything with a dot) keep their own handlers.
 * <p>
 * The phone app's service worker (sw.js), its Workbox runtime, the web manifest and index.html are revalidated on
 * every load ({@code Cache-Control: no-cache}) instead of the day the static handler allows: a new release reaches
 * installed phones at their next start, and the hashed files under /assets are what stays cached.
 */
@ApplicationScoped
public class SpaRoutes {
    static final String SPA_PATH = "/(?!graphql|api/|q/|assets/)[^.]+";
    static final String APP_SHELL_PATH = "/|/index\\.html|/sw\\.js|/workbox-[\\w-]+\\.js|/manifest\\.webmanifest";
    /** Ahead of the static resource handler, so the headers below are set on what it serves. */
    private static final int BEFORE_STATIC_FILES = -100;

    void install(@Observes Router router) {
        router.routeWithRegex(APP_SHELL_PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).order(BEFORE_STATIC_FILES)
            .handler(rc -> {
                String path = rc.normalizedPath();
                rc.addHeadersEndHandler(v -> {
                    rc.response().headers().set("Cache-Control", "no-cache");
                    if (path.endsWith(".webmanifest")) rc.response().headers().set("Content-Type", "application/manifest+json");
                });
                rc.next();
            });
        router.routeWithRegex(HttpMethod.GET, SPA_PATH).handler(rc -> rc.reroute("/"));
    }
}
