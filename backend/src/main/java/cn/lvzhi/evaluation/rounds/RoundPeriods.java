package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationPeriodKind;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A round's period is a whole calendar month, quarter, half-year or year (评估周期), so rounds of one kind compare
 * like with like; the start date names which one, the end date must close it (pure, table-tested).
 */
public final class RoundPeriods {
    private RoundPeriods() {
    }

    /** The last day of the period of this kind that starts on {@code start}; VALIDATION when no such period starts then. */
    public static LocalDate end(EvaluationPeriodKind kind, LocalDate start) {
        int months = switch (kind) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
        };
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % months != 0) {
            String what = switch (kind) {
                case MONTH -> "月度评估须从某月1日开始";
                case QUARTER -> "季度评估须从1月、4月、7月或10月的1日开始";
                case HALF_YEAR -> "半年评估须从1月1日或7月1日开始";
                case YEAR -> "年度评估须从1月1日开始";
            };
            throw new ValidationException("input.periodStart", what + "，现为 " + start + " (the period must start on the first day of a "
                    + kind + ")");
        }
        return start.plusMonths(months - 1L).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** Checks that {@code start..end} is one whole period of the kind. */
    public static void check(EvaluationPeriodKind kind, LocalDate start, LocalDate end) {
        LocalDate expected = end(kind, start);
        if (!expected.equals(end)) {
            throw new ValidationException("input.periodEnd", "评估周期的结束日期应为 " + expected + "，现为 " + end
                    + " (the period ends on " + expected + ")");
        }
    }
}
