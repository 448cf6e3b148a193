package cn.lvzhi.cases;

/** The state of a case (事件状态); {@link CaseTransitions} says which moves are legal. */
public enum CaseStatus {
    /** 已上报. */
    REPORTED,
    /** 已受理. */
    ACCEPTED,
    /** 已派单. */
    DISPATCHED,
    /** 处置中. */
    IN_PROGRESS,
    /** 已办结. */
    COMPLETED,
    /** 已结案. */
    CLOSED,
    /** 职责争议. */
    DISPUTED,
    /** 已撤销. */
    CANCELLED
}
