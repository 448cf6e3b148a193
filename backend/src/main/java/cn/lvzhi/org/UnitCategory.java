package cn.lvzhi.org;

/** Category of a department for differentiated evaluation indicators (分类考核). */
public enum UnitCategory {
    /** 执法监管. */
    LAW_ENFORCEMENT,
    /** 社会管理. */
    SOCIAL_MANAGEMENT,
    /** 民生保障. */
    LIVELIHOOD,
    /** 安全环保. */
    SAFETY_ENVIRONMENT,
    /** 经济发展. */
    ECONOMIC_DEVELOPMENT,
    /** 综合保障. */
    GENERAL_SUPPORT
}
