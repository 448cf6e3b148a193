package cn.lvzhi.tracking;

import cn.lvzhi.common.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seven steps in order: each step only to the next. */
class RoundStepsTest {
    @ParameterizedTest(name = "{0} -> {1}: allowed {2}")
    @CsvSource({
            "PLAN,          SURVEY,        true",
            "SURVEY,        SELF_CHECK,    true",
            "SELF_CHECK,    ON_SITE,       true",
            "ON_SITE,       ASSESSMENT,    true",
            "ASSESSMENT,    FEEDBACK,      true",
            "FEEDBACK,      RECTIFICATION, true",
            "PLAN,          SELF_CHECK,    false",
            "ASSESSMENT,    SURVEY,        false",
            "SURVEY,        SURVEY,        false",
            "RECTIFICATION, PLAN,          false",
    })
    void advance(TrackingStep current, TrackingStep requested, boolean allowed) {
        if (allowed) {
            assertDoesNotThrow(() -> RoundSteps.advance(current, requested));
        } else {
            ConflictException e = assertThrows(ConflictException.class, () -> RoundSteps.advance(current, requested));
            assertTrue(e.getMessage().contains(current.label()), "the refusal names the current step: " + e.getMessage());
        }
    }

    @Test
    void actionsBelongToTheirSteps() {
        assertDoesNotThrow(() -> RoundSteps.requireAt(TrackingStep.SELF_CHECK, "自评自查", TrackingStep.SELF_CHECK));
        ConflictException e = assertThrows(ConflictException.class,
                () -> RoundSteps.requireAt(TrackingStep.PLAN, "评分", TrackingStep.ON_SITE, TrackingStep.ASSESSMENT));
        assertTrue(e.getMessage().contains("部署安排"));
    }
}
