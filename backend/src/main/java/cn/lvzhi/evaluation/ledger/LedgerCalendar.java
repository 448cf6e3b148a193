package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.cases.WorkingDays;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Due dates of ledger items on the business calendar the cases use ({@link WorkingDays}): an item opened with n working
 * days is due on the Beijing date n working days later; lateness is counted in working days after that date.
 */
public final class LedgerCalendar {
    private LedgerCalendar() {
    }

    /** The Beijing date of a moment. */
    public static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(WorkingDays.ZONE).toLocalDate();
    }

    /** The last day to rectify an item opened at {@code openedAt} with {@code days} working days. */
    public static LocalDate dueOn(OffsetDateTime openedAt, int days) {
        return day(WorkingDays.plus(openedAt, days));
    }

    /** Working days after {@code dueOn} up to and including {@code day}: 0 when {@code day} is not after it. */
    public static int workingDaysLate(LocalDate dueOn, LocalDate day) {
        int late = 0;
        for (LocalDate d = dueOn.plusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            if (WorkingDays.isWorkingDay(d)) {
                late++;
            }
        }
        return late;
    }

    /** Whether an item still to rectify is past its due date on {@code today}. */
    public static boolean overdue(LedgerState state, LocalDate dueOn, LocalDate today) {
        return state == LedgerState.OPEN && today.isAfter(dueOn);
    }
}
