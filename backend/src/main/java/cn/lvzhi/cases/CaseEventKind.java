package cn.lvzhi.cases;

/** A step on a case's timeline (事件轨迹). */
public enum CaseEventKind {
    /** 上报. */
    REPORTED,
    /** 受理. */
    ACCEPTED,
    /** 派单. */
    DISPATCHED,
    /** 签收. */
    SIGNED,
    /** 退单. */
    REFUSED,
    /** 办结反馈. */
    REPLIED,
    /** 评价. */
    RATED,
    /** 催办. */
    REMINDED,
    /** 申诉. */
    APPEALED,
    /** 申诉处理. */
    APPEAL_DECIDED,
    /** 职责争议. */
    DISPUTED,
    /** 办结. */
    COMPLETED,
    /** 结案. */
    CLOSED,
    /** 撤销. */
    CANCELLED,
    /** 超期. */
    OVERDUE,
    /** 环节关闭: an open or unrated hop closed, with a reason, when the case closed or the hop above it replied. */
    HOP_CLOSED,
    /** 临期提醒: the handler is told, before the deadline, that its clock is running out. */
    DEADLINE_WARNED,
    /** 督办: an overdue hop raised to the level above the dispatcher. */
    ESCALATED,
    /** 重办: a closed case reopened, with a reason, for a new round of dispatch. */
    REOPENED,
    /** 回访: a return visit to the reporter, with their satisfaction. */
    REVISITED
}
