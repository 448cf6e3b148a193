package cn.lvzhi.investigations;

/** How an investigation (责任倒查) ends. */
public enum InvestigationConclusion {
    /** 无责. */
    NO_FAULT,
    /** 提醒谈话. */
    REMINDER_TALK,
    /** 通报批评. */
    CRITICISM,
    /** 问责. */
    ACCOUNTABILITY
}
