package cn.lvzhi.evaluation.goals;

/** Where a duty goal (年度履职目标) stands: drafted by its unit, submitted, returned or accepted by 编办, published. */
public enum GoalStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    PUBLISHED
}
