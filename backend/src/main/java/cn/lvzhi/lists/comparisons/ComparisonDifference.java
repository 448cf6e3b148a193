package cn.lvzhi.lists.comparisons;

/** A difference a comparison reports: per catalogue code (上下联动) or per power item code (两单融合). */
public enum ComparisonDifference {
    /** 缺项: the city list has it, the county list does not. */
    MISSING,
    /** 多项: the county list has it, the city list does not. */
    EXTRA,
    /** 权力类型不一致. */
    TYPE_DIFFERS,
    /** 实施层级不一致: an item's level is not its own unit's level, or a service item's not its power item's. */
    LEVEL_DIFFERS,
    /** 不对应（无权责事项）: a service item names no published power item. */
    NO_POWER_ITEM,
    /** 不对应（无政务服务事项）: a power item of a service type has no service item. */
    NO_SERVICE_ITEM
}
