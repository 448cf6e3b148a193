package cn.lvzhi.evaluation;

/** How a figure becomes points (计分规则), stored as data in the scheme. */
public enum ScoringRuleKind {
    /** points × min(1, figure ÷ target): a rate or quantity in proportion to its target (按比例计分). */
    PROPORTIONAL,
    /** points − perOccurrence × figure, never below floor (每发生一次扣分，扣至保底分为止). */
    DEDUCTION,
    /** perOccurrence × figure, at most cap (每项加分，封顶): 争创一流、表彰奖励. */
    BONUS,
    /** points when figure ≥ threshold, else 0 (达标得分，否则不得分). */
    PASS_FAIL,
    /** The marker gives the points directly, between 0 and the indicator's points (定性评分). */
    DIRECT
}
