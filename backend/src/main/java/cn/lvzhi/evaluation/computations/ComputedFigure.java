package cn.lvzhi.evaluation.computations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A unit's computed figure: the value the scoring rule is applied to, its numerator and denominator (for rates), and
 * the rows behind it. {@code applicable} false means there was nothing to count (a rate over no rows): the indicator is
 * not applicable to the unit for the period, which is never the same as 0.
 */
public record ComputedFigure(boolean applicable, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                             List<EvidenceRow> rows) {
    public ComputedFigure {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** A rate: numerator ÷ denominator to four decimals, or not applicable when the denominator is 0. */
    public static ComputedFigure rate(long numerator, long denominator, List<EvidenceRow> rows) {
        if (denominator == 0) {
            return nothingToCount(rows);
        }
        return new ComputedFigure(true, BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4,
                RoundingMode.HALF_UP), BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), rows);
    }

    /**
     * A rate with a fractional numerator (a partly completed milestone counting half, a follow-up result of 85.5 out
     * of 100): numerator ÷ denominator to four decimals, or not applicable when the denominator is 0.
     */
    public static ComputedFigure rate(BigDecimal numerator, BigDecimal denominator, List<EvidenceRow> rows) {
        if (denominator.signum() == 0) {
            return nothingToCount(rows);
        }
        return new ComputedFigure(true, numerator.divide(denominator, 4, RoundingMode.HALF_UP), numerator, denominator, rows);
    }

    /** A count of occurrences (0 is a real figure for a count). */
    public static ComputedFigure count(long count, List<EvidenceRow> rows) {
        return new ComputedFigure(true, BigDecimal.valueOf(count), BigDecimal.valueOf(count), null, rows);
    }

    public static ComputedFigure nothingToCount(List<EvidenceRow> rows) {
        return new ComputedFigure(false, null, null, null, rows);
    }
}
