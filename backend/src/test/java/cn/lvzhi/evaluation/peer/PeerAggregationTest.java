package cn.lvzhi.evaluation.peer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The peer score of a target: trimmed mean from {@code trimFrom} ratings on, plain mean below, none without ratings. */
class PeerAggregationTest {

    @ParameterizedTest(name = "{0} with trimFrom {1}: {2} (trimmed {3})")
    @CsvSource({
            "'',                       5, '',    false",
            "80,                       5, 80.00, false",
            "80 90,                    5, 85.00, false",
            "60 80 90 100,             5, 82.50, false",
            "60 80 90 100 70,          5, 80.00, true",
            "0 100 90 90 90 90,        5, 90.00, true",
            "85.5 86.25 90,            3, 86.25, true",
            "85.5 86.25 90,            4, 87.25, false",
            "90 90 90 90 90,           5, 90.00, true",
            "70.01 70.02 70.02,        5, 70.02, false"})
    void aggregate(String scores, int trimFrom, String expected, boolean trimmed) {
        List<BigDecimal> list = scores.isBlank() ? List.of() : Arrays.stream(scores.split(" ")).map(BigDecimal::new).toList();
        PeerAggregation.Result r = PeerAggregation.of(list, trimFrom);
        if (expected.isBlank()) {
            assertNull(r.score());
        } else {
            assertEquals(new BigDecimal(expected), r.score());
        }
        assertEquals(list.size(), r.ratings());
        assertEquals(trimmed, r.trimmed());
    }
}
