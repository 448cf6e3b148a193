package cn.lvzhi.lists;

/** Type of a power item (权力类型). */
public enum PowerType {
    /** 行政许可. */
    LICENSING,
    /** 行政处罚. */
    PENALTY,
    /** 行政强制. */
    COERCION,
    /** 行政征收. */
    LEVY,
    /** 行政给付. */
    PAYMENT,
    /** 行政检查. */
    INSPECTION,
    /** 行政确认. */
    CONFIRMATION,
    /** 行政奖励. */
    REWARD,
    /** 行政裁决. */
    ADJUDICATION,
    /** 其他行政权力. */
    OTHER
}
