package cn.lvzhi.evaluation.computations;

/** What a figure is, and so how it reads (a computation declares RATE or COUNT; other figures follow their rule). */
public enum FigureKind {
    /** numerator ÷ denominator, in [0,1]. */
    RATE,
    /** a number of occurrences. */
    COUNT,
    /** any other number, e.g. a score supplied by 组织部 on a hundred-point scale (never declared by a computation). */
    NUMBER
}
