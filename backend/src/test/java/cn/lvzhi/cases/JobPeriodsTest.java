package cn.lvzhi.cases;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The periods replicas claim are the schedule's interval counted from the epoch, whatever each replica's clock phase. */
class JobPeriodsTest {
    @Test
    void twoReplicasFiringWithinOnePeriodClaimTheSameOne() {
        OffsetDateTime early = OffsetDateTime.parse("2026-12-06T12:10:00.001+08:00");
        OffsetDateTime late = OffsetDateTime.parse("2026-12-06T12:19:59.999+08:00");
        assertEquals(OffsetDateTime.parse("2026-12-06T04:10:00Z"), JobPeriods.periodStart("10m", early));
        assertEquals(JobPeriods.periodStart("10m", early), JobPeriods.periodStart("10m", late));
    }

    @Test
    void theNextPeriodIsAnotherClaim() {
        OffsetDateTime last = OffsetDateTime.parse("2026-12-06T04:19:59.999Z");
        assertNotEquals(JobPeriods.periodStart("10m", last), JobPeriods.periodStart("10m", last.plusNanos(1_000_000)));
        assertEquals(OffsetDateTime.parse("2026-12-06T04:20:01Z"),
                JobPeriods.periodStart("1s", OffsetDateTime.parse("2026-12-06T04:20:01.500Z")));
        assertEquals(OffsetDateTime.parse("2026-12-06T04:00:00Z"),
                JobPeriods.periodStart("PT1H", OffsetDateTime.parse("2026-12-06T04:59:00Z")));
    }

    @Test
    void aScheduleThatIsOffHasNoPeriods() {
        assertThrows(IllegalArgumentException.class, () -> JobPeriods.periodStart("off", OffsetDateTime.now()));
        assertThrows(IllegalArgumentException.class, () -> JobPeriods.periodStart("0s", OffsetDateTime.now()));
    }
}
