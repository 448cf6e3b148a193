package cn.lvzhi.lists;

/** A difference the cross-level comparison reports, per catalogue code. */
public enum ComparisonDifference {
    /** 缺项: the city list has it, the county list does not. */
    MISSING,
    /** 多项: the county list has it, the city list does not. */
    EXTRA,
    /** 权力类型不一致. */
    TYPE_DIFFERS,
    /** 实施层级不一致: an item's level is not its own unit's level. */
    LEVEL_DIFFERS
}
