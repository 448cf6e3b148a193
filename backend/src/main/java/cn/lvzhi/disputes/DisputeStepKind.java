package cn.lvzhi.disputes;

/** What one step of a dispute recorded. */
public enum DisputeStepKind {
    /** The case became DISPUTED. */
    OPENED,
    /** A meeting or opinion at the current rung (会议纪要、协调意见). */
    MEETING,
    /** Moved to the next rung. */
    ESCALATED,
    /** Resolved by naming the lead unit. */
    RESOLVED
}
