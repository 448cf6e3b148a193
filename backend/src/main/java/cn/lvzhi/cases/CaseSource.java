package cn.lvzhi.cases;

/** Where a case came from (事件来源). */
public enum CaseSource {
    /** 网格员上报. */
    GRID_WORKER,
    /** 单位上报. */
    UNIT,
    /** 12345热线. */
    HOTLINE_12345,
    /** 其他系统. */
    OTHER_SYSTEM
}
