package cn.lvzhi.cases;

/** The state of a dispatch (派单状态). */
public enum DispatchStatus {
    /** 已派单，待签收. */
    SENT,
    /** 已签收. */
    SIGNED,
    /** 已办结反馈. */
    REPLIED,
    /** 已评价. */
    RATED,
    /** 已退单. */
    REFUSED
}
