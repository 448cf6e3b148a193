package cn.lvzhi.cases;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Deadlines in working days, Asia/Shanghai, with the 2026 holidays and the weekends worked instead. */
class WorkingDaysTest {

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-11-24, true",   // a Tuesday
            "2026-11-28, false",  // a Saturday
            "2026-10-01, false",  // 国庆节
            "2026-10-10, true",   // a Saturday worked instead (调休)
            "2026-02-14, true",
            "2026-02-18, false",  // 春节
            "2026-06-19, false",  // 端午节
    })
    void calendar(LocalDate day, boolean working) {
        assertEquals(working, WorkingDays.isWorkingDay(day));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // Shanghai times
            "2026-11-24T10:00+08:00, 1, 2026-11-25T10:00+08:00",
            "2026-11-27T15:00+08:00, 1, 2026-11-30T15:00+08:00",  // Friday → Monday
            "2026-11-27T15:00+08:00, 5, 2026-12-04T15:00+08:00",
            "2026-11-28T09:00+08:00, 1, 2026-12-01T00:00+08:00",  // sent on Saturday: clock starts Monday 00:00
            "2026-09-30T10:00+08:00, 1, 2026-10-08T10:00+08:00",  // across 国庆节
            "2026-10-09T10:00+08:00, 1, 2026-10-10T10:00+08:00",  // into the worked Saturday
            "2026-11-24T10:00+08:00, 0, 2026-11-24T10:00+08:00",
            // a UTC instant that is already Saturday in Shanghai
            "2026-11-27T17:00Z,      1, 2026-12-01T00:00+08:00",
    })
    void plus(OffsetDateTime from, int days, OffsetDateTime expected) {
        assertEquals(expected.toInstant(), WorkingDays.plus(from, days).toInstant());
    }
}
