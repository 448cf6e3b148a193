package cn.lvzhi.cases.webhooks;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Jobs;
import cn.lvzhi.testing.Webhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callbacks to an integrated system against a real HTTP receiver started here: signed, retried with back-off after
 * failures, delivered once per event (also when two callers deliver at once), given up after the attempts run out,
 * never holding up the change that set them off; registered, listed and removed only by the integration itself.
 */
@QuarkusTest
class WebhookApiTest {
    @Inject
    Vertx vertx;

    @Inject
    WebhookDeliveryJob job;

    /** What the receiver got: the request's headers and body, and the status it answered. */
    record Received(String eventId, String timestamp, String signature, String body, int status) {
    }

    HttpServer server;
    final Queue<Received> received = new ConcurrentLinkedQueue<>();
    final AtomicInteger failFirst = new AtomicInteger();
    final AtomicReference<Promise<Void>> hold = new AtomicReference<>();

    @BeforeEach
    void startReceiver() throws Exception {
        server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            Runnable answer = () -> {
                int status = req.path().endsWith("/dead") ? 503 : failFirst.getAndDecrement() > 0 ? 500 : 200;
                received.add(new Received(req.getHeader(WebhookSignature.EVENT_ID), req.getHeader(WebhookSignature.TIMESTAMP),
                        req.getHeader(WebhookSignature.SIGNATURE), body.toString(), status));
                req.response().setStatusCode(status).end();
            };
            Promise<Void> held = hold.get();
            if (held != null) {
                held.future().onComplete(x -> answer.run());
            } else {
                answer.run();
            }
        })).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopReceiver() throws Exception {
        Webhooks.removeAll();
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.actualPort() + path;
    }

    static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "timed out waiting until " + what);
            Thread.sleep(200);
        }
    }

    /** A case the hotline submitted: its id. */
    static String hotlineCase() {
        return Gql.data(Cases.call(Role.INTEGRATION, Cases.REPORT, Cases.report())).getString("data.reportCase.case.id");
    }

    long successes(String eventId) {
        return received.stream().filter(r -> eventId.equals(r.eventId()) && r.status() == 200).count();
    }

    List<String> eventIds(String caseId) {
        return Gql.data(Gql.as(Role.INTEGRATION, Webhooks.DELIVERIES)).<Map<String, Object>>getList("data.webhookDeliveries.edges.node")
                .stream().filter(n -> caseId.equals(n.get("caseId"))).map(n -> (String) n.get("eventId")).toList();
    }

    @Test
    void onlyTheIntegrationManagesItsCallbacksAndTheUrlIsChecked() {
        for (Role refused : List.of(Role.DEPARTMENT, Role.COMMAND_CENTRE, Role.ESTABLISHMENT_OFFICE, Role.LEADER, Role.GRID_WORKER)) {
            assertTrue(Gql.error(Cases.call(refused, Webhooks.REGISTER, Map.of("url", url("/hook"))), "FORBIDDEN").contains("对接系统"));
            Gql.error(Gql.as(refused, Webhooks.SUBSCRIPTIONS), "FORBIDDEN");
            Gql.error(Gql.as(refused, Webhooks.DELIVERIES), "FORBIDDEN");
        }
        for (String bad : List.of("ftp://example.org/hook", "not a url", "https://user:pw@example.org/hook", "/relative")) {
            assertEquals("input.url", Cases.call(Role.INTEGRATION, Webhooks.REGISTER, Map.of("url", bad)).getString("errors[0].extensions.field"), bad);
        }
        JsonPath registered = Webhooks.only(url("/hook"));
        String id = registered.getString("data.registerWebhook.subscription.id");
        assertEquals(64, registered.getString("data.registerWebhook.secret").length());
        Gql.error(Cases.call(Role.INTEGRATION, Webhooks.REGISTER, Map.of("url", url("/hook"))), "CONFLICT");
        assertEquals(List.of(url("/hook")), Gql.data(Gql.as(Role.INTEGRATION, Webhooks.SUBSCRIPTIONS)).getList("data.webhookSubscriptions.url"));
        Gql.error(Cases.call(Role.DEPARTMENT, Webhooks.REMOVE, Map.of("id", id)), "FORBIDDEN");
        Gql.error(Cases.call(Role.INTEGRATION, Webhooks.REMOVE, Map.of("id", "999999999")), "NOT_FOUND");
        Gql.data(Cases.call(Role.INTEGRATION, Webhooks.REMOVE, Map.of("id", id)));
        Gql.error(Cases.call(Role.INTEGRATION, Webhooks.REMOVE, Map.of("id", id)), "NOT_FOUND");
        assertEquals(List.of(), Gql.data(Gql.as(Role.INTEGRATION, Webhooks.SUBSCRIPTIONS)).getList("data.webhookSubscriptions"));
    }

    @Test
    void theHotlinesExampleRegistersACallbackAndReadsItsDeliveries() throws Exception {
        Webhooks.removeAll();
        String example = java.nio.file.Files.readString(java.nio.file.Path.of("..", "api-schema", "examples", "hotline-webhook.graphql"));
        String token = cn.lvzhi.testing.Keycloak.tokenFor(Role.INTEGRATION);
        var register = new java.util.HashMap<String, Object>();
        register.put("query", example);
        register.put("operationName", "HotlineRegisterWebhook");
        register.put("variables", Map.of("url", url("/hook")));
        JsonPath registered = io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .header("Authorization", "Bearer " + token).body(register).post("/graphql").then().statusCode(200).extract().jsonPath();
        assertEquals(64, Gql.data(registered).getString("data.registerWebhook.secret").length());
        String caseId = hotlineCase();
        await("the report is delivered", () -> received.stream().anyMatch(r -> r.body().contains("\"caseId\":\"" + caseId + "\"")));
        register.put("operationName", "HotlineWebhookDeliveries");
        register.put("variables", Map.of("first", 20));
        JsonPath deliveries = io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .header("Authorization", "Bearer " + token).body(register).post("/graphql").then().statusCode(200).extract().jsonPath();
        assertTrue(Gql.data(deliveries).getList("data.webhookDeliveries.edges.node.kind").contains("REPORTED"));
    }

    @Test
    void eachStepOfItsCaseReachesTheReceiverSignedOnceAfterRetries() throws Exception {
        String secret = Webhooks.only(url("/hook")).getString("data.registerWebhook.secret");
        failFirst.set(2);
        String caseId = hotlineCase();
        Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.ACCEPT, Map.of("caseId", caseId)));
        // a grid worker's case is not the hotline's: no callback
        String other = Cases.reported();

        List<String> events = eventIds(caseId);
        assertEquals(2, events.size(), "reported and accepted");
        assertTrue(eventIds(other).isEmpty());
        await("every event is delivered", () -> events.stream().allMatch(e -> successes(e) == 1));
        Thread.sleep(1500);
        for (String e : events) {
            assertEquals(1, successes(e), "delivered once: " + e);
        }
        assertEquals(2, received.stream().filter(r -> r.status() == 500).count(), "the first two attempts failed");

        for (Received r : received) {
            assertEquals(WebhookSignature.sign(secret, Long.parseLong(r.timestamp()), r.body()), r.signature(), "signature verifies");
            assertFalse(WebhookSignature.sign("another secret", Long.parseLong(r.timestamp()), r.body()).equals(r.signature()));
            JsonObject body = new JsonObject(r.body());
            assertEquals(r.eventId(), body.getString("eventId"));
            assertEquals(caseId, body.getString("caseId"));
            assertTrue(body.getString("caseCode").startsWith("QH-"));
        }
        Map<String, String> kinds = received.stream().filter(r -> r.status() == 200).map(r -> new JsonObject(r.body()))
                .collect(Collectors.toMap(b -> b.getString("kind"), b -> b.getString("status")));
        assertEquals(Map.of("REPORTED", "REPORTED", "ACCEPTED", "ACCEPTED"), kinds);

        List<Map<String, Object>> deliveries = Gql.data(Gql.as(Role.INTEGRATION, Webhooks.DELIVERIES))
                .<Map<String, Object>>getList("data.webhookDeliveries.edges.node").stream()
                .filter(n -> caseId.equals(n.get("caseId"))).toList();
        assertTrue(deliveries.stream().allMatch(n -> "DELIVERED".equals(n.get("status")) && n.get("deliveredAt") != null), deliveries::toString);
        assertEquals(4, deliveries.stream().mapToInt(n -> (Integer) n.get("attempts")).sum(), deliveries::toString);
    }

    @Test
    void theRatingOfItsCaseIsCalledBackInTheSameFormAsEveryOtherStep() throws Exception {
        Webhooks.only(url("/hook"));
        String caseId = hotlineCase();
        Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.ACCEPT, Map.of("caseId", caseId)));
        String lead = Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.DISPATCH, Cases.dispatchInput(caseId, Cases.version(caseId), false)))
                .getString("data.dispatchCase.dispatches[0].id");
        Gql.data(Cases.call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", lead)));
        Gql.data(Cases.call(Role.DEPARTMENT, Cases.REPLY, Map.of("dispatchId", lead, "text", "已处置")));
        Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", lead, "level", "SATISFIED")));
        List<String> steps = List.of("REPORTED", "ACCEPTED", "DISPATCHED", "SIGNED", "REPLIED", "COMPLETED", "RATED");
        // the outbox delivers eight at a time and promises no order (the receiver dedupes by event id): wait for all
        await("every step is delivered", () -> received.stream()
                .filter(r -> r.body().contains("\"caseId\":\"" + caseId + "\""))
                .map(r -> new JsonObject(r.body()).getString("kind")).collect(Collectors.toSet()).containsAll(steps));
        Map<String, String> bodies = received.stream().filter(r -> r.body().contains("\"caseId\":\"" + caseId + "\""))
                .collect(Collectors.toMap(r -> new JsonObject(r.body()).getString("kind"), Received::body, (x, y) -> x));
        // a report's callback is its statement's, a rating's its own statement's, the others WebhookOutbox's: one form
        for (String kind : steps) {
            String body = bodies.get(kind);
            assertTrue(body != null, kind + " in " + bodies.keySet());
            assertTrue(body.matches("\\{\"eventId\":\"\\d+\",\"caseId\":\"" + caseId + "\",\"caseCode\":\"QH-\\d{8}-\\d{4}\","
                    + "\"kind\":\"" + kind + "\",\"occurredAt\":\"[^\"]+\",\"status\":\"[A-Z_]+\"}"), body);
        }
        JsonObject rated = new JsonObject(bodies.get("RATED"));
        assertEquals("COMPLETED", rated.getString("status"), "the case's status right after the step");
        assertTrue(eventIds(caseId).contains(rated.getString("eventId")));
        java.time.OffsetDateTime.parse(rated.getString("occurredAt"));
    }

    @Test
    void aSlowReceiverNeverHoldsUpTheChangeAndTwoCallersDeliverEachEventOnce() throws Exception {
        Webhooks.only(url("/hook"));
        Promise<Void> gate = Promise.promise();
        hold.set(gate);
        String caseId = hotlineCase();
        // the receiver answers nothing until released; the command centre's change goes through meanwhile
        Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.ACCEPT, Map.of("caseId", caseId)));
        Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.DISPATCH, Cases.dispatchInput(caseId, Cases.version(caseId), true)));
        hold.set(null);
        vertx.runOnContext(x -> gate.tryComplete());

        List<String> events = eventIds(caseId);
        assertTrue(events.size() >= 3, events::toString);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(
                    callers.submit(() -> Jobs.run(job::deliverDue)),
                    callers.submit(() -> Jobs.run(job::deliverDue)));
            for (Future<Integer> f : runs) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdown();
        }
        await("every event is delivered", () -> events.stream().allMatch(e -> successes(e) >= 1));
        // a request held past our timeout counts as failed and is sent again, so the receiver may see an event twice
        // (it dedupes by the event id); on our side each event is one row, delivered once
        List<Map<String, Object>> rows = Gql.data(Gql.as(Role.INTEGRATION, Webhooks.DELIVERIES))
                .<Map<String, Object>>getList("data.webhookDeliveries.edges.node").stream()
                .filter(n -> caseId.equals(n.get("caseId"))).toList();
        assertEquals(events.size(), rows.size());
        assertTrue(rows.stream().allMatch(n -> "DELIVERED".equals(n.get("status"))), rows::toString);
    }

    @Test
    void aReceiverThatAlwaysFailsIsGivenUpAfterTheLastAttemptAndARemovedOneGetsNothing() throws Exception {
        String id = Webhooks.only(url("/dead")).getString("data.registerWebhook.subscription.id");
        String caseId = hotlineCase();
        await("the delivery is given up", () -> Gql.data(Gql.as(Role.INTEGRATION, Webhooks.DELIVERIES))
                .<Map<String, Object>>getList("data.webhookDeliveries.edges.node").stream()
                .anyMatch(n -> caseId.equals(n.get("caseId")) && "DEAD".equals(n.get("status"))));
        Map<String, Object> dead = Gql.data(Gql.as(Role.INTEGRATION, Webhooks.DELIVERIES))
                .<Map<String, Object>>getList("data.webhookDeliveries.edges.node").stream()
                .filter(n -> caseId.equals(n.get("caseId"))).findFirst().orElseThrow();
        assertEquals(4, dead.get("attempts"), "max-attempts of the test profile");
        assertEquals(503, dead.get("lastStatusCode"));
        assertNull(dead.get("deliveredAt"));
        assertEquals(4, received.size());

        Gql.data(Cases.call(Role.INTEGRATION, Webhooks.REMOVE, Map.of("id", id)));
        Gql.data(Cases.call(Role.COMMAND_CENTRE, Cases.ACCEPT, Map.of("caseId", caseId)));
        assertEquals(1, eventIds(caseId).size(), "no delivery for a removed callback");
    }
}
