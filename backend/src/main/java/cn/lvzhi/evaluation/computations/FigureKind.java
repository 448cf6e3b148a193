package cn.lvzhi.evaluation.computations;

/** What a computed figure is. */
public enum FigureKind {
    /** numerator ÷ denominator, in [0,1]. */
    RATE,
    /** a number of occurrences. */
    COUNT
}
