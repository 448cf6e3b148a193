package cn.lvzhi.tracking;

import cn.lvzhi.security.Decision;

import java.time.LocalDate;

/**
 * Which matters a round reviews (问效范围): those approved 6 to 12 months before the plan date, both edges included
 * (seed 002: 批复6个月后、12个月内). The office may add a matter outside the window or drop one inside it, always with a
 * reason.
 */
public final class TrackingScopePolicy {
    static final String REASON_REQUIRED = "调整问效范围须说明理由 (a reason is required to add or drop a matter)";

    private TrackingScopePolicy() {
    }

    /** The earliest approval date in scope: 12 months before the plan date. */
    public static LocalDate earliest(LocalDate planDate) {
        return planDate.minusMonths(12);
    }

    /** The latest approval date in scope: 6 months before the plan date. */
    public static LocalDate latest(LocalDate planDate) {
        return planDate.minusMonths(6);
    }

    public static boolean inScope(LocalDate approvedOn, LocalDate planDate) {
        return !approvedOn.isBefore(earliest(planDate)) && !approvedOn.isAfter(latest(planDate));
    }

    /** May the office include (or exclude) a matter with this reason? The reason is what makes the change traceable. */
    public static Decision change(String reason) {
        return reason == null || reason.isBlank() ? Decision.refuse(REASON_REQUIRED) : Decision.ALLOW;
    }
}
