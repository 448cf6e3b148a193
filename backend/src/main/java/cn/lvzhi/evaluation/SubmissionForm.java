package cn.lvzhi.evaluation;

/** What a unit submits in a round (报送材料); each has an on-time deadline and a later lock. */
public enum SubmissionForm {
    /** 目标进展报送. */
    GOAL_PROGRESS,
    /** 自评表. */
    SELF_ASSESSMENT,
    /** 反馈申辩. */
    REPLY,
    /** “1+3” (1) 年度职能运行成效表 (fieldwork). */
    OPERATION_RESULTS,
    /** “1+3” (2) 部门间职责边界履职表 (fieldwork). */
    BOUNDARY_PERFORMANCE,
    /** “1+3” (3) 内设机构职责调整建议表 (fieldwork). */
    OFFICE_SUGGESTIONS
}
