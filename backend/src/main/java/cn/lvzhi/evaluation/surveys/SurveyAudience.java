package cn.lvzhi.evaluation.surveys;

/**
 * Who answers a published questionnaire: named units (one response per unit and assessed unit), the office heads of
 * one unit (五个一's 一张问卷: one response per internal office), or anyone holding its anonymous link.
 */
public enum SurveyAudience {
    UNITS, OFFICE_HEADS, ANONYMOUS
}
