package cn.lvzhi.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The phone app's service worker and web manifest (frontend build, packaged with -Pspa; stand-ins under the test
 * resources) are served without a session, with their content types, and revalidated on every load, so an
 * installed phone picks up a release at its next start; hashed bundles keep the static handler's caching.
 */
@QuarkusTest
class AppShellFilesTest {

    private static Response get(String path) {
        return RestAssured.given().redirects().follow(false).get(path);
    }

    @Test
    void theServiceWorkerIsJavaScriptAndNeverCachedForLong() {
        Response sw = get("/sw.js");
        assertEquals(200, sw.statusCode());
        assertTrue(sw.contentType().contains("javascript"), sw.contentType());
        assertEquals("no-cache", sw.header("Cache-Control"));
    }

    @Test
    void theManifestIsAWebManifestAndRevalidated() {
        Response manifest = get("/manifest.webmanifest");
        assertEquals(200, manifest.statusCode());
        assertTrue(manifest.contentType().startsWith("application/manifest+json"), manifest.contentType());
        assertEquals("no-cache", manifest.header("Cache-Control"));
        assertTrue(manifest.asString().contains("\"start_url\":\"/m\""));
    }

    @Test
    void hashedBundlesKeepTheirCaching() {
        Response bundle = get("/assets/app-test1234.js");
        assertEquals(200, bundle.statusCode());
        String cache = bundle.header("Cache-Control");
        assertTrue(cache == null || !cache.contains("no-cache"), cache);
    }
}
