package cn.lvzhi.cases;

/** What a 待办 item asks of the caller ({@link WorkQueue} says whose turn each is). */
public enum TodoKind {
    /** 待签收: a dispatch to the caller's unit (or office) waits to be signed for or refused. */
    SIGN,
    /** 待反馈: a signed dispatch waits for the reply (办结反馈). */
    REPLY,
    /** 待评价: a reply to a dispatch the caller's unit sent waits for its rating (谁派单、谁评价). */
    RATE,
    /** 待处理申诉: an appeal against a rating waits for the caller's decision. */
    DECIDE,
    /** 待受理: a reported case of the command centre's area waits to be accepted. */
    ACCEPT,
    /** 待派单: an accepted case of the command centre's area waits for its first dispatch. */
    DISPATCH
}
