package cn.lvzhi.lists.comparisons;

/** Which comparison a stored report is. */
public enum ComparisonKind {
    /** 上下联动: a county department's power list against its city counterpart's, by catalogue code. */
    CROSS_LEVEL,
    /** 两单融合: service items (政务服务事项) against power items (权责事项) of a department or a region. */
    FUSION
}
