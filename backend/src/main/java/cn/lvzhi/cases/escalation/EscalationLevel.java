package cn.lvzhi.cases.escalation;

/** The steps of automatic escalation (自动催督办), in the order a late hop meets them. */
public enum EscalationLevel {
    /** 临期提醒: the handler is told before the deadline. */
    WARNED,
    /** 催办: at the deadline, the system urges the handler. */
    REMINDED,
    /** 督办: some working days past the deadline, the hop is raised to the level above the dispatcher. */
    ESCALATED
}
