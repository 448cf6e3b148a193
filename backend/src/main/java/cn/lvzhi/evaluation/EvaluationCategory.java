package cn.lvzhi.evaluation;

import cn.lvzhi.org.UnitCategory;
import cn.lvzhi.org.UnitKind;

/**
 * The group a unit is scored and ranked in (分类考核): the six department categories, and townships as one group.
 * Indicators name the categories they apply to, and may weigh differently per category.
 */
public enum EvaluationCategory {
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
    GENERAL_SUPPORT,
    /** 乡镇（街道）. */
    TOWNSHIP;

    /** The category of a unit, or null for a unit that is not evaluated (an office, a village, a command centre...). */
    public static EvaluationCategory of(UnitKind kind, UnitCategory category) {
        if (kind == UnitKind.TOWNSHIP) {
            return TOWNSHIP;
        }
        boolean department = kind == UnitKind.GOVERNMENT_DEPARTMENT || kind == UnitKind.PARTY_DEPARTMENT
                || kind == UnitKind.MASS_ORGANISATION || kind == UnitKind.PUBLIC_INSTITUTION;
        return department && category != null ? valueOf(category.name()) : null;
    }
}
