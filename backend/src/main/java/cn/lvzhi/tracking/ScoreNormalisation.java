package cn.lvzhi.tracking;

import cn.lvzhi.common.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The result of a matter (问效得分): earned ÷ applicable points × 100, so matters of one kind stay comparable when some
 * indicators do not apply to one of them (seed 002: 完成情况百分比). Rounded half-up to one decimal.
 */
public final class ScoreNormalisation {
    private ScoreNormalisation() {
    }

    /** One indicator's score: earned points, or not applicable ({@code earned} null). */
    public record Entry(boolean notApplicable, BigDecimal earned) {
        public static Entry earned(double points) {
            return new Entry(false, BigDecimal.valueOf(points));
        }

        public static Entry skipped() {
            return new Entry(true, null);
        }
    }

    /**
     * The normalised result, or {@code null} while an indicator is unscored or when no indicator applies (nothing to
     * compare).
     */
    public static BigDecimal result(List<Indicator> indicators, Map<String, Entry> scores) {
        BigDecimal earned = BigDecimal.ZERO;
        int applicable = 0;
        for (Indicator indicator : indicators) {
            Entry e = scores.get(indicator.code());
            if (e == null) {
                return null;
            }
            if (!e.notApplicable()) {
                applicable += indicator.points();
                earned = earned.add(e.earned());
            }
        }
        if (applicable == 0) {
            return null;
        }
        return earned.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(applicable), 1, RoundingMode.HALF_UP);
    }

    /** Checks one score against its indicator: earned between 0 and the indicator's points, or not applicable. */
    public static Entry check(Indicator indicator, boolean notApplicable, BigDecimal earned) {
        if (notApplicable) {
            if (earned != null) {
                throw new ValidationException("input.earned", "不适用的指标不能给分 (a not-applicable indicator takes no points)");
            }
            return Entry.skipped();
        }
        if (earned == null || earned.signum() < 0 || earned.compareTo(BigDecimal.valueOf(indicator.points())) > 0
                || earned.scale() > 1) {
            throw new ValidationException("input.earned", "指标“" + indicator.name() + "”得分须在 0 至 " + indicator.points()
                    + " 分之间，至多一位小数 (earned must be 0.." + indicator.points() + ")");
        }
        return new Entry(false, earned);
    }
}
