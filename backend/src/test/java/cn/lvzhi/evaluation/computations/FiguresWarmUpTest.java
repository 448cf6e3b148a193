package cn.lvzhi.evaluation.computations;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up preparation of the computations: every one of them runs through over no unit, reading no rows; the
 * start runs it once the start-up warm-up has ended.
 */
@QuarkusTest
class FiguresWarmUpTest {
    @Inject
    FiguresWarmUp warmUp;
    @Inject
    Computations computations;

    @Test
    void theStartPreparesThemAfterTheWarmUp() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (warmUp.preparedAtStart() == null) {
            assertTrue(System.nanoTime() < deadline, "the start did not prepare the computations within 120 s");
            Thread.sleep(100);
        }
        assertEquals(computations.all().size(), warmUp.preparedAtStart());
    }

    @Test
    void everyComputationIsPreparedWithoutAUnit() {
        assertEquals(computations.all().size(), warmUp.run().await().atMost(Duration.ofSeconds(60)));
    }
}
