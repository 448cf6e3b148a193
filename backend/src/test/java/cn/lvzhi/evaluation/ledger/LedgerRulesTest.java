package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The ledger's gates (state by action) and its working-day calendar, as tables. */
class LedgerRulesTest {

    @ParameterizedTest(name = "{0}: rectify {1}, verify {2}, keep actions {3}")
    @CsvSource({
            "OPEN,      true,  false, true",
            "RECTIFIED, false, true,  true",
            "VERIFIED,  false, false, true",
            "CLOSED,    false, false, false",
    })
    void gates(LedgerState state, boolean rectify, boolean verify, boolean keepActions) {
        assertEquals(rectify, passes(() -> LedgerRules.rectifiable(state)), "rectify");
        assertEquals(verify, passes(() -> LedgerRules.verifiable(state)), "verify");
        assertEquals(keepActions, passes(() -> LedgerRules.notClosed(state)), "actions");
    }

    @Test
    void closingNeedsVerifiedAndEveryActionDone() {
        assertDoesNotThrow(() -> LedgerRules.closable(LedgerState.VERIFIED, List.of(true, true)));
        assertDoesNotThrow(() -> LedgerRules.closable(LedgerState.VERIFIED, List.of()));
        assertEquals(LedgerRules.ACTIONS_OPEN, assertThrows(ConflictException.class,
                () -> LedgerRules.closable(LedgerState.VERIFIED, List.of(true, false))).getMessage());
        for (LedgerState s : List.of(LedgerState.OPEN, LedgerState.RECTIFIED, LedgerState.CLOSED)) {
            assertEquals(LedgerRules.NOT_VERIFIED, assertThrows(ConflictException.class,
                    () -> LedgerRules.closable(s, List.of(true))).getMessage());
        }
    }

    @Test
    void aFailedVerificationReturnsTheItem() {
        assertEquals(LedgerState.VERIFIED, LedgerRules.afterVerification(LedgerRating.EFFECTIVE));
        assertEquals(LedgerState.VERIFIED, LedgerRules.afterVerification(LedgerRating.MOSTLY));
        assertEquals(LedgerState.OPEN, LedgerRules.afterVerification(LedgerRating.INEFFECTIVE));
    }

    @Test
    void extensionsOnlyLaterOneAtATimeWhileOpen() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        assertDoesNotThrow(() -> LedgerRules.extendable(LedgerState.OPEN, due, due.plusDays(1), false));
        assertEquals("input.newDueOn", assertThrows(ValidationException.class,
                () -> LedgerRules.extendable(LedgerState.OPEN, due, due, false)).field());
        assertThrows(ConflictException.class, () -> LedgerRules.extendable(LedgerState.OPEN, due, due.plusDays(3), true));
        assertThrows(ConflictException.class, () -> LedgerRules.extendable(LedgerState.RECTIFIED, due, due.plusDays(3), false));
        assertThrows(ConflictException.class, () -> LedgerRules.pending(ExtensionStatus.APPROVED));
    }

    @ParameterizedTest(name = "opened {0} with {1} working days: due {2}")
    @CsvSource({
            // Monday 9 March 2026, 20 working days: 6 April (4–6 April 清明 off) → 7 April
            "2026-03-09T10:00:00+08:00, 20, 2026-04-07",
            // Friday 13 February, 5 working days: 14 Feb (Saturday) worked, 15–23 Feb 春节 off → 24, 25, 26, 27 Feb
            "2026-02-13T10:00:00+08:00, 5,  2026-02-27",
            // opened on Sunday 8 March: the clock starts Monday
            "2026-03-08T22:00:00+08:00, 1,  2026-03-10",
    })
    void dueDatesInWorkingDays(String openedAt, int days, String due) {
        assertEquals(LocalDate.parse(due), LedgerCalendar.dueOn(OffsetDateTime.parse(openedAt), days));
    }

    @ParameterizedTest(name = "due {0}, rectified {1}: {2} working days late")
    @CsvSource({
            "2026-03-10, 2026-03-10, 0",
            "2026-03-10, 2026-03-09, 0",
            "2026-03-13, 2026-03-16, 1", // Friday due, Monday rectified: the weekend does not count
            "2026-09-30, 2026-10-09, 2", // 1–7 October off: 8 and 9 October late
    })
    void daysLateInWorkingDays(String due, String day, int late) {
        assertEquals(late, LedgerCalendar.workingDaysLate(LocalDate.parse(due), LocalDate.parse(day)));
    }

    @Test
    void overdueOnlyWhileOpenAndPastDue() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        assertEquals(false, LedgerCalendar.overdue(LedgerState.OPEN, due, due));
        assertEquals(true, LedgerCalendar.overdue(LedgerState.OPEN, due, due.plusDays(1)));
        assertEquals(false, LedgerCalendar.overdue(LedgerState.RECTIFIED, due, due.plusDays(9)));
        assertEquals(LocalDate.of(2026, 3, 9), LedgerCalendar.day(OffsetDateTime.of(2026, 3, 8, 16, 30, 0, 0, ZoneOffset.UTC)));
    }

    private static boolean passes(Runnable r) {
        try {
            r.run();
            return true;
        } catch (ConflictException e) {
            return false;
        }
    }
}
