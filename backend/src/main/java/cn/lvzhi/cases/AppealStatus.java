package cn.lvzhi.cases;

/** The state of an appeal (申诉状态). */
public enum AppealStatus {
    /** 待处理. */
    PENDING,
    /** 维持原评价. */
    UPHELD,
    /** 改评. */
    REVISED
}
