package cn.lvzhi.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one date-range check: both bounds inclusive, the field and the range in the refusal. */
class DateRangesTest {
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Test
    void datesWithinTheRangeBoundsIncludedAreAccepted() {
        assertEquals(FROM, DateRanges.within("input.d", FROM, FROM, TO, "日期"));
        assertEquals(TO, DateRanges.within("input.d", TO, FROM, TO, "日期"));
        assertNull(DateRanges.within("input.d", (LocalDate) null, FROM, TO, "日期"), "absence is the caller's rule");
    }

    @Test
    void datesOutsideAreRefusedNamingTheFieldAndStatingTheRange() {
        for (LocalDate d : new LocalDate[] {FROM.minusDays(1), TO.plusDays(1), LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> DateRanges.within("input.d", d, FROM, TO, "日期"));
            assertEquals("input.d", e.field());
            assertTrue(e.getMessage().contains("2026-01-01 至 2026-12-31"), e.getMessage());
        }
    }

    @Test
    void anInstantIsJudgedByItsDayInShanghai() {
        // 2025-12-31T17:00Z is already 2026-01-01 01:00 in Shanghai
        OffsetDateTime justInside = OffsetDateTime.of(2025, 12, 31, 17, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(justInside, DateRanges.within("input.t", justInside, FROM, TO, "时间"));
        assertThrows(ValidationException.class,
                () -> DateRanges.within("input.t", justInside.minusHours(2), FROM, TO, "时间"));
    }

    @Test
    void aClientClockMayRunADayAheadAndThirtyDaysBehind() {
        OffsetDateTime now = OffsetDateTime.now();
        assertEquals(now.plusHours(23), DateRanges.clientTime("input.clientTime", now.plusHours(23)));
        assertEquals(now.minusDays(29), DateRanges.clientTime("input.clientTime", now.minusDays(29)));
        assertThrows(ValidationException.class, () -> DateRanges.clientTime("input.clientTime", now.plusDays(2)));
        assertThrows(ValidationException.class, () -> DateRanges.clientTime("input.clientTime", now.minusDays(31)));
    }

    @Test
    void aYearOfFiguresLiesBetween2000AndNextYear() {
        int next = DateRanges.today().getYear() + 1;
        assertEquals(next, DateRanges.year("input.year", next, "年度"));
        assertEquals(2000, DateRanges.year("input.year", 2000, "年度"));
        assertThrows(ValidationException.class, () -> DateRanges.year("input.year", next + 1, "年度"));
        assertThrows(ValidationException.class, () -> DateRanges.year("input.year", 1999, "年度"));
    }
}
