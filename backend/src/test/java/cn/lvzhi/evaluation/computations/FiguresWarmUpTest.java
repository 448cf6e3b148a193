package cn.lvzhi.evaluation.computations;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The start-up preparation of the computations: every one of them runs through over no unit, reading no rows. */
@QuarkusTest
class FiguresWarmUpTest {
    @Inject
    FiguresWarmUp warmUp;
    @Inject
    Computations computations;

    @Test
    void everyComputationIsPreparedWithoutAUnit() {
        assertEquals(computations.all().size(), warmUp.run().await().atMost(Duration.ofSeconds(60)));
    }
}
