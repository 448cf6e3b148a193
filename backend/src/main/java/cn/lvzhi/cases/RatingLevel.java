package cn.lvzhi.cases;

/** A rating's level (评价等级). */
public enum RatingLevel {
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意. */
    UNSATISFIED
}
