package cn.lvzhi.evaluation;

/** The period a round covers (评估周期). */
public enum EvaluationPeriodKind {
    /** 月度. */
    MONTH,
    /** 季度. */
    QUARTER,
    /** 半年. */
    HALF_YEAR,
    /** 年度. */
    YEAR
}
