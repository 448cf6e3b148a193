package cn.lvzhi.cases;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The case writes hand the gate a supplier of a Vert.x future, which is under way as soon as it exists: the gate must
 * not call the supplier before a place is free (it did, at stop 28: every rating, dispatch and report went to the
 * database at once, and sixteen of them queued on the audit chain's lock instead of here).
 */
class CaseWriteGateTest {
    private final List<String> started = new ArrayList<>();
    private final List<Promise<String>> running = new ArrayList<>();
    private final List<String> answers = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    private void send(CaseWriteGate gate, String name) {
        gate.through(() -> {
            started.add(name);
            Promise<String> work = Promise.promise();
            running.add(work);
            return work.future();
        }).subscribe().with(answers::add, failures::add);
    }

    @Test
    void aWriteBeyondThePlacesIsNotStartedUntilAPlaceIsFree() {
        CaseWriteGate gate = new CaseWriteGate(1);
        send(gate, "a");
        send(gate, "b");
        send(gate, "c");
        assertEquals(List.of("a"), started);
        running.get(0).complete("A");
        assertEquals(List.of("a", "b"), started);
        running.get(1).fail(new IllegalStateException("refused"));
        assertEquals(List.of("a", "b", "c"), started);
        running.get(2).complete("C");
        assertEquals(List.of("A", "C"), answers);
        assertEquals("refused", failures.get(0).getMessage());
    }

    @Test
    void twoPlacesStartTwoWritesAtOnce() {
        CaseWriteGate gate = new CaseWriteGate(2);
        send(gate, "a");
        send(gate, "b");
        send(gate, "c");
        assertEquals(List.of("a", "b"), started);
        running.get(1).complete("B");
        assertEquals(List.of("a", "b", "c"), started);
        assertEquals(List.of("B"), answers);
    }

    @Test
    void aSupplierIsNotCalledWhileThePlaceIsTaken() {
        // a future that is done the moment it exists: only the supplier's call shows when the work started
        CaseWriteGate gate = new CaseWriteGate(1);
        send(gate, "a");
        int[] calls = {0};
        gate.through(() -> {
            calls[0]++;
            return Future.succeededFuture("x");
        }).subscribe().with(answers::add, failures::add);
        assertEquals(0, calls[0]);
        running.get(0).complete("A");
        assertEquals(1, calls[0]);
        assertEquals(List.of("A", "x"), answers.stream().sorted().toList());
    }
}
