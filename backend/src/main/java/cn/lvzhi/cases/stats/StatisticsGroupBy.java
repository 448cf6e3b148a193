package cn.lvzhi.cases.stats;

/** What the case statistics are grouped by (统计维度). */
public enum StatisticsGroupBy {
    /** 事件类别: the list item, or the free category text. */
    CATEGORY,
    /** 发起单位. */
    ORIGIN_UNIT,
    /** 承办单位: the receiving unit of each dispatch, and the rated unit of each rating. */
    HANDLING_UNIT,
    /** 月份 (Asia/Shanghai), by report time. */
    MONTH,
    /** ISO week (Asia/Shanghai), by report time. */
    WEEK
}
