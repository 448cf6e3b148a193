package cn.lvzhi.cases;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 重办 and 回访 as tables: the reopening window, who speaks for the reporter, the state a case must be in, the live round. */
class ReopenPolicyTest {
    static final OffsetDateTime CLOSED = OffsetDateTime.parse("2026-11-05T10:00:00+08:00");

    @ParameterizedTest(name = "closed {0}, window {1} days, now {2} → {3}")
    @CsvSource({
            "2026-11-05T10:00:00+08:00, 30, 2026-11-05T10:00:00+08:00, true",   // the moment of closing
            "2026-11-05T10:00:00+08:00, 30, 2026-11-20T18:30:00+08:00, true",   // half-way
            "2026-11-05T10:00:00+08:00, 30, 2026-12-05T10:00:00+08:00, true",   // the last instant of the window
            "2026-11-05T10:00:00+08:00, 30, 2026-12-05T10:00:01+08:00, false",  // one second too late
            "2026-11-05T10:00:00+08:00, 30, 2027-01-05T10:00:00+08:00, false",
            "2026-11-05T10:00:00+08:00, 7, 2026-11-12T09:59:59+08:00, true",
            "2026-11-05T10:00:00+08:00, 7, 2026-11-13T00:00:00+08:00, false",
            "2026-11-05T10:00:00+08:00, 0, 2026-11-05T10:00:00+08:00, true",
            "2026-11-05T10:00:00+08:00, 0, 2026-11-05T10:00:01+08:00, false",
            "2026-11-05T02:00:00Z, 30, 2026-12-05T10:00:00+08:00, true",        // the same instant in another offset
    })
    void theWindowRunsFromTheLastClosingWithItsLastInstantIncluded(OffsetDateTime closedAt, int days, OffsetDateTime now, boolean inside) {
        var decision = ReopenPolicy.window(closedAt, now, days);
        assertEquals(inside, decision.allowed());
        if (!inside) {
            assertTrue(decision.reason().contains("结案已超过 " + days + " 天"), decision.reason());
        }
    }

    @Test
    void aCaseNeverClosedHasNoWindow() {
        assertFalse(ReopenPolicy.window(null, CLOSED, 30).allowed());
    }

    @ParameterizedTest(name = "{0} on a case of origin {1}, reported by {2} → {3}")
    @CsvSource({
            // the district command centre of the case's area, always
            "centre,      23, sub-23,  true",
            "centre,      21, sub-21,  true",
            // the originating unit: a township room, a township, a department
            "room,        21, sub-21,  true",
            "room,        23, sub-23,  false",
            "township20,  20, sub-20,  true",
            "township30,  20, sub-20,  false",
            "dept10,      10, sub-10,  true",
            "dept10,      23, sub-23,  false",
            // the integrated system that submitted it (12345), never another's case
            "hotline,     44, sub-44,  true",
            "hotline,     44, sub-other, false",
            // a person, the handling units' offices, and everybody else
            "grid,        23, sub-23,  false",
            "otherCentre, 23, sub-23,  false",
            "bianban,     23, sub-23,  false",
            "leader,      23, sub-23,  false",
            "jiwei,       23, sub-23,  false",
            "dept11,      23, sub-23,  false",
    })
    void theOriginatorOrTheDistrictCentreSpeaksForTheReporter(String who, long originUnitId, String reporter, boolean allowed) {
        var decision = ReopenPolicy.speaksForReporter(TestActors.of(who), originUnitId, reporter, "/1/2/20/");
        assertEquals(allowed, decision.allowed(), decision.reason());
        if (!allowed) {
            assertEquals(ReopenPolicy.NOT_ORIGINATOR, decision.reason());
        }
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void onlyAClosedCaseIsReopenedAndOnlyACompletedOrClosedOneVisited(CaseStatus status) {
        Case c = new Case();
        c.status = status;
        c.closedAt = OffsetDateTime.now().minusDays(1);
        if (status == CaseStatus.CLOSED) {
            ReopenPolicy.requireReopenable(c, OffsetDateTime.now(), 30);
        } else {
            var e = assertThrows(ConflictException.class, () -> ReopenPolicy.requireReopenable(c, OffsetDateTime.now(), 30));
            assertTrue(e.getMessage().contains("只有已结案的事件可以重办"), e.getMessage());
        }
        if (status == CaseStatus.COMPLETED || status == CaseStatus.CLOSED) {
            ReopenPolicy.requireVisitable(c);
        } else {
            assertThrows(ConflictException.class, () -> ReopenPolicy.requireVisitable(c));
        }
    }

    @Test
    void aClosedCaseOutsideItsWindowIsAValidationErrorOfTheCase() {
        Case c = new Case();
        c.status = CaseStatus.CLOSED;
        c.closedAt = CLOSED;
        var e = assertThrows(ValidationException.class, () -> ReopenPolicy.requireReopenable(c, CLOSED.plusDays(31), 30));
        assertEquals(ReopenPolicy.CASE_FIELD, e.field());
    }

    @Test
    void onlyTheCurrentRoundsDispatchesAreActedOn() {
        Case c = new Case();
        c.round = 2;
        Dispatch old = new Dispatch();
        old.round = 1;
        Dispatch current = new Dispatch();
        current.round = 2;
        assertFalse(ReopenPolicy.inCurrentRound(c, old));
        assertTrue(ReopenPolicy.inCurrentRound(c, current));
        var e = assertThrows(ConflictException.class, () -> ReopenPolicy.requireCurrentRound(c, old));
        assertTrue(e.getMessage().contains("第 1 轮"), e.getMessage());
        ReopenPolicy.requireCurrentRound(c, current);
    }
}
