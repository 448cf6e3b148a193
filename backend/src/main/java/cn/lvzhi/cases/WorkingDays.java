package cn.lvzhi.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The business calendar (工作日) in Asia/Shanghai: Monday to Friday, minus the official holidays, plus the weekend
 * days worked instead (调休). Deadlines of cases and dispatches are counted in working days with it. The 2026
 * arrangement is the State Council's (国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025); later years are
 * added the same way when it publishes them (until then their weekdays count as working days).
 */
public final class WorkingDays {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Set<LocalDate> HOLIDAYS_2026 = Set.of(
            d(1, 1), d(1, 2), d(1, 3),
            d(2, 15), d(2, 16), d(2, 17), d(2, 18), d(2, 19), d(2, 20), d(2, 21), d(2, 22), d(2, 23),
            d(4, 4), d(4, 5), d(4, 6),
            d(5, 1), d(5, 2), d(5, 3), d(5, 4), d(5, 5),
            d(6, 19), d(6, 20), d(6, 21),
            d(9, 25), d(9, 26), d(9, 27),
            d(10, 1), d(10, 2), d(10, 3), d(10, 4), d(10, 5), d(10, 6), d(10, 7));

    private static final Set<LocalDate> WORKED_WEEKENDS_2026 = Set.of(
            d(1, 4), d(2, 14), d(2, 28), d(5, 9), d(9, 20), d(10, 10));

    private WorkingDays() {
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    public static boolean isWorkingDay(LocalDate day) {
        if (HOLIDAYS_2026.contains(day)) {
            return false;
        }
        if (WORKED_WEEKENDS_2026.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The moment {@code days} working days after {@code from}: the same time of day on the n-th following working
     * day (Shanghai time), so a dispatch sent on Friday 15:00 with one day is due Monday 15:00. Sent on a day off,
     * the clock starts at the start of the next working day.
     */
    public static OffsetDateTime plus(OffsetDateTime from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        ZonedDateTime local = from.atZoneSameInstant(ZONE);
        if (!isWorkingDay(local.toLocalDate())) {
            LocalDate next = local.toLocalDate().plusDays(1);
            while (!isWorkingDay(next)) {
                next = next.plusDays(1);
            }
            local = next.atStartOfDay(ZONE);
        }
        LocalDate day = local.toLocalDate();
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return local.with(day).toOffsetDateTime();
    }

    /**
     * The moment {@code hours} working hours before {@code deadline}: only time on working days counts (a working
     * day counts all its 24 hours, as {@link #plus} counts whole days), so 24 working hours before Monday 15:00 is
     * the Friday before at 15:00.
     */
    public static OffsetDateTime minusWorkingHours(OffsetDateTime deadline, int hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("hours must not be negative: " + hours);
        }
        ZonedDateTime t = deadline.atZoneSameInstant(ZONE);
        for (int left = hours; left > 0; ) {
            // the hour ending at t counts when it lies on a working day
            if (isWorkingDay(t.minusNanos(1).toLocalDate())) {
                left--;
            }
            t = t.minusHours(1);
        }
        return t.toOffsetDateTime();
    }
}
