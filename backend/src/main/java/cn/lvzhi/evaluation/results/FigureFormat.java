package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.computations.FigureKind;
import cn.lvzhi.evaluation.schemes.LeafFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;

/**
 * How the results' numbers read (数值格式), written once for the feedback letter and the export (the SPA's
 * {@code figures.ts} follows the same rule): a RATE as a percentage with two decimals (0.9607 → 96.07%), a COUNT as a
 * whole number with its unit (27 次), any other figure and all points with two decimals. What a figure is, is
 * {@link LeafFigure}'s rule.
 */
public final class FigureFormat {
    /** Excel number format of points and plain numbers. */
    public static final String POINTS = "0.00";
    /** Excel number format of a rate held as a fraction. */
    public static final String PERCENT = "0.00%";
    /** Excel number format of a change in points, with its sign. */
    public static final String SIGNED = "+0.00;-0.00;0.00";
    static final String NONE = "—";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FigureFormat() {
    }

    /** Points with two decimals (7.69, 10.00); "—" when absent. */
    public static String points(BigDecimal v) {
        return v == null ? NONE : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A share already on the hundred scale as a percentage: 95 → 95.00%. */
    public static String share(BigDecimal percent) {
        return percent == null ? NONE : points(percent) + "%";
    }

    /** A figure as read: 96.07%, 27 次, 91.90; "—" when absent. */
    public static String figure(LeafFigure f, BigDecimal v) {
        if (v == null) {
            return NONE;
        }
        return switch (f.kind()) {
            case RATE -> share(v.multiply(HUNDRED));
            case COUNT -> plain(v) + (f.unit() == null ? "" : " " + f.unit());
            case NUMBER -> points(v);
        };
    }

    /** A figure with the fraction it was computed from, when it has one: 96.07%（269/280）. */
    public static String figure(LeafFigure f, BigDecimal v, BigDecimal numerator, BigDecimal denominator) {
        String text = figure(f, v);
        return v == null || numerator == null || denominator == null ? text
                : text + "（" + plain(numerator) + "/" + plain(denominator) + "）";
    }

    /** The Excel number format that shows a figure's cell as {@link #figure} reads it (the value stays a number). */
    public static String excel(LeafFigure f) {
        return switch (f.kind()) {
            case RATE -> PERCENT;
            // the unit escaped character by character: fastexcel writes the format unescaped into XML, so no quotes
            case COUNT -> f.unit() == null ? "0" : "0 " + f.unit().codePoints().mapToObj(c -> "\\" + Character.toString(c))
                    .collect(Collectors.joining());
            case NUMBER -> POINTS;
        };
    }

    /** A rule's target or threshold as the figure it is compared with: a rate's 1 is 100.00%. */
    public static String bound(LeafFigure f, BigDecimal v) {
        return f.kind() == FigureKind.RATE ? figure(f, v) : plain(v);
    }

    /** A number without trailing zeros: 269.00 → 269, 93.10 → 93.1. */
    static String plain(BigDecimal v) {
        return v == null ? NONE : v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
