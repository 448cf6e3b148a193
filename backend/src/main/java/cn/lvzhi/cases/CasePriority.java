package cn.lvzhi.cases;

/** How urgent a case is (紧急程度). */
public enum CasePriority {
    /** 低. */
    LOW,
    /** 一般. */
    NORMAL,
    /** 紧急. */
    HIGH,
    /** 特急. */
    URGENT
}
