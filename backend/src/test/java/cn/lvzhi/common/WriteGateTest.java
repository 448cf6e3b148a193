package cn.lvzhi.common;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate's places, its order, and what gives a place back: an item, a failure, a cancellation. */
class WriteGateTest {
    /** Each work is a future the test completes by hand; started lists the works subscribed to (run), in order. */
    private final List<String> started = new ArrayList<>();
    private final List<CompletableFuture<String>> running = new ArrayList<>();
    private final List<String> answers = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    private Cancellable send(WriteGate gate, String name) {
        return gate.through(() -> Uni.createFrom().deferred(() -> {
            started.add(name);
            CompletableFuture<String> work = new CompletableFuture<>();
            running.add(work);
            return Uni.createFrom().completionStage(work);
        })).subscribe().with(answers::add, failures::add);
    }

    @Test
    void worksBeyondThePlacesWaitAndRunInTheOrderTheyCame() {
        WriteGate gate = new WriteGate(2);
        for (String name : List.of("a", "b", "c", "d")) {
            send(gate, name);
        }
        assertEquals(List.of("a", "b"), started);
        assertArrayEquals(new int[]{2, 2}, gate.load());
        running.get(1).complete("B");
        assertEquals(List.of("a", "b", "c"), started);
        assertEquals(List.of("B"), answers);
        running.get(0).complete("A");
        running.get(2).complete("C");
        running.get(3).complete("D");
        assertEquals(List.of("a", "b", "c", "d"), started);
        assertEquals(List.of("B", "A", "C", "D"), answers);
        assertArrayEquals(new int[]{0, 0}, gate.load());
    }

    @Test
    void aFailedWorkGivesItsPlaceToTheNextAndItsCallerGetsTheFailure() {
        WriteGate gate = new WriteGate(1);
        send(gate, "a");
        send(gate, "b");
        IllegalStateException lost = new IllegalStateException("lost the race");
        running.get(0).completeExceptionally(lost);
        assertEquals(List.of(lost), failures);
        assertEquals(List.of("a", "b"), started);
        running.get(1).complete("B");
        assertEquals(List.of("B"), answers);
        assertArrayEquals(new int[]{0, 0}, gate.load());
    }

    @Test
    void aWaiterCancelledBeforeItsTurnNeverRunsAndTakesNoPlace() {
        WriteGate gate = new WriteGate(1);
        send(gate, "a");
        Cancellable b = send(gate, "b");
        send(gate, "c");
        b.cancel();
        assertArrayEquals(new int[]{1, 1}, gate.load());
        running.get(0).complete("A");
        assertEquals(List.of("a", "c"), started);
        running.get(1).complete("C");
        assertEquals(List.of("A", "C"), answers);
        assertArrayEquals(new int[]{0, 0}, gate.load());
    }

    @Test
    void aRunningWorkCancelledGivesItsPlaceBack() {
        WriteGate gate = new WriteGate(1);
        Cancellable a = send(gate, "a");
        send(gate, "b");
        a.cancel();
        assertEquals(List.of("a", "b"), started);
        running.get(0).complete("A"); // too late: nobody listens
        running.get(1).complete("B");
        assertEquals(List.of("B"), answers);
        assertArrayEquals(new int[]{0, 0}, gate.load());
    }

    @Test
    void aWorkThatThrowsInsteadOfAnsweringAUniTakesNoPlace() {
        WriteGate gate = new WriteGate(1);
        gate.<String>through(() -> {
            throw new IllegalArgumentException("no statement");
        }).subscribe().with(answers::add, failures::add);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0) instanceof IllegalArgumentException);
        assertArrayEquals(new int[]{0, 0}, gate.load());
        send(gate, "b");
        assertEquals(List.of("b"), started);
    }

    @Test
    void worksThatEndAsTheyStartPassThePlaceOnWithoutDeepeningTheStack() {
        WriteGate gate = new WriteGate(1);
        send(gate, "a");
        int waiting = 20_000;
        for (int i = 0; i < waiting; i++) {
            gate.<String>through(() -> Uni.createFrom().failure(new IllegalStateException("at once")))
                    .subscribe().with(answers::add, failures::add);
        }
        send(gate, "last");
        running.get(0).complete("A"); // each failed waiter frees the place as it starts: a loop, not a recursion
        assertEquals(waiting, failures.size());
        assertEquals(List.of("a", "last"), started);
        running.get(1).complete("LAST");
        assertEquals(List.of("A", "LAST"), answers);
        assertArrayEquals(new int[]{0, 0}, gate.load());
    }

    @Test
    void aWaiterStartsOnTheThreadThatFreesThePlaceAndHearsBackOnItsOwnContext() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            WriteGate gate = new WriteGate(1);
            send(gate, "a");
            Context caller = vertx.getOrCreateContext();
            CompletableFuture<String> startedOn = new CompletableFuture<>();
            CompletableFuture<String> answeredOn = new CompletableFuture<>();
            CompletableFuture<Void> queued = new CompletableFuture<>();
            caller.runOnContext(v -> {
                gate.through(() -> Uni.createFrom().item(() -> {
                    startedOn.complete(Thread.currentThread().getName());
                    return "B";
                })).subscribe().with(b -> answeredOn.complete(
                        (Vertx.currentContext() == caller ? "caller:" : "elsewhere:") + b));
                queued.complete(null);
            });
            queued.get(10, TimeUnit.SECONDS);
            assertArrayEquals(new int[]{1, 1}, gate.load());
            Thread freer = new Thread(() -> running.get(0).complete("A"), "place-freer");
            freer.start();
            freer.join();
            assertEquals("place-freer", startedOn.get(10, TimeUnit.SECONDS));
            assertEquals("caller:B", answeredOn.get(10, TimeUnit.SECONDS));
            assertArrayEquals(new int[]{0, 0}, gate.load());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aGateNeedsAPlace() {
        assertThrows(IllegalArgumentException.class, () -> new WriteGate(0));
    }
}
