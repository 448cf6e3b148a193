package cn.lvzhi.common;

import cn.lvzhi.testing.DatabaseOwner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up warm-up (issue 15, footprint): readiness is DOWN until it has run, it runs its requests through to
 * their expected answers, it leaves no row behind — no audit entry, no case — and its header opens nothing once it
 * has ended.
 */
@QuarkusTest
class StartupWarmUpTest {
    static final int MANAGEMENT = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9081);

    @Inject
    StartupWarmUp warmUp;
    @Inject
    EndHeard endHeard;

    /** Hears the warm-up's end, as the start-up work that waits for it does (no client proxy: its fields are read). */
    @Singleton
    static class EndHeard {
        final List<StartupWarmUp.Ended> heard = new CopyOnWriteArrayList<>();
        volatile boolean doneWhenHeard;

        void on(@Observes StartupWarmUp.Ended ended, StartupWarmUp warmUp) {
            doneWhenHeard = warmUp.done();
            heard.add(ended);
        }
    }

    @Test
    void readinessIsDownUntilTheWarmUpHasEnded() {
        StartupWarmUp notRun = new StartupWarmUp(null, null, true, 0, 0);
        assertEquals(HealthCheckResponse.Status.DOWN, new StartupWarmUp.Check(notRun).call().getStatus());
        StartupWarmUp off = new StartupWarmUp(null, null, false, 0, 0);
        assertEquals(HealthCheckResponse.Status.UP, new StartupWarmUp.Check(off).call().getStatus());
    }

    @Test
    void theWarmUpRunsThroughAndWritesNothing() throws Exception {
        awaitWarmUp();
        // the list twice (engine, then SQL), the trees twice, one case twice, me, the refused report
        assertEquals(8, warmUp.answered(), "the warm-up ended early; see the log");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (endHeard.heard.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of(new StartupWarmUp.Ended(8)), endHeard.heard, "its end is announced once, with its count");
        assertTrue(endHeard.doneWhenHeard, "announced once readiness no longer waits for it");
        JsonPath ready = RestAssured.given().baseUri("http://127.0.0.1").port(MANAGEMENT).get("/q/health/ready")
                .then().extract().jsonPath();
        assertEquals("UP", ready.getString("checks.find { it.name == 'Start-up warm-up' }.status"), ready::prettify);
        try (Connection db = DatabaseOwner.connect()) {
            assertEquals(0, count(db, "select count(*) from audit_event where actor_subject = ?"));
            assertEquals(0, count(db, "select count(*) from case_file where reporter_subject = ?"));
        }
    }

    @Test
    void theWarmUpHeaderOpensNothingAfterwards() throws InterruptedException {
        awaitWarmUp();
        RestAssured.given().header("Authorization", StartupWarmUp.SCHEME + "guessed JZ-QH").contentType("application/json")
                .body("{\"query\":\"{ me { subject } }\"}").post("/graphql").then().statusCode(401);
        RestAssured.given().header("Authorization", StartupWarmUp.SCHEME + " JZ-QH").contentType("application/json")
                .body("{\"query\":\"{ me { subject } }\"}").post("/graphql").then().statusCode(401);
    }

    private void awaitWarmUp() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!warmUp.done()) {
            assertTrue(System.nanoTime() < deadline, "the warm-up did not end within 120 s");
            Thread.sleep(100);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, StartupWarmUp.SUBJECT);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
