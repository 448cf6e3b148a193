package cn.lvzhi.evaluation;

/** Where an indicator's figure comes from (数据来源). */
public enum IndicatorSource {
    /** 编办 marks it by hand (人工评分). */
    MANUAL,
    /** The unit reports it in its self-assessment (单位自报), 编办 checks it. */
    SELF_REPORT,
    /** Computed from this platform's own data by a named computation (平台数据自动计算). */
    COMPUTED,
    /** Imported from an outside body (纪委监委, 组织部, 宣传部, 12345…) from a spreadsheet (外部导入). */
    IMPORTED
}
