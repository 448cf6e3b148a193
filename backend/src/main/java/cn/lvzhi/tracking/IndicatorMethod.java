package cn.lvzhi.tracking;

/** How an indicator is assessed: 定性 or 定量. */
public enum IndicatorMethod {
    QUALITATIVE,
    QUANTITATIVE
}
