package cn.lvzhi.tracking;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 6–12-month window of a round planned on 2026-09-30, at and around both edges. */
class TrackingScopePolicyTest {
    static final LocalDate PLAN = LocalDate.of(2026, 9, 30);

    @ParameterizedTest(name = "approved {0}: in scope {1}")
    @CsvSource({
            "2025-09-30, true",   // exactly 12 months before
            "2025-09-29, false",  // one day more than 12 months
            "2026-03-30, true",   // exactly 6 months before
            "2026-03-31, false",  // one day less than 6 months
            "2025-12-15, true",
            "2026-09-30, false",
            "2024-09-30, false",
    })
    void window(LocalDate approvedOn, boolean inScope) {
        assertEquals(inScope, TrackingScopePolicy.inScope(approvedOn, PLAN));
    }

    @Test
    void monthEndsClampLikeTheCalendar() {
        // 6 months before 31 August is 28 February (2026 is no leap year)
        LocalDate plan = LocalDate.of(2026, 8, 31);
        assertTrue(TrackingScopePolicy.inScope(LocalDate.of(2026, 2, 28), plan));
        assertFalse(TrackingScopePolicy.inScope(LocalDate.of(2026, 3, 1), plan));
    }

    @Test
    void addingOrDroppingNeedsAReason() {
        assertFalse(TrackingScopePolicy.change(" ").allowed());
        assertFalse(TrackingScopePolicy.change(null).allowed());
        assertTrue(TrackingScopePolicy.change("编委会议要求纳入").allowed());
    }
}
