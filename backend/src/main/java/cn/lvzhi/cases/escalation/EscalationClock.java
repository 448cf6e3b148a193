package cn.lvzhi.cases.escalation;

/** Which of a hop's two clocks escalation follows: the sign-for deadline while unsigned, then the handling deadline. */
public enum EscalationClock {
    /** 签收时限. */
    SIGN,
    /** 办理时限. */
    HANDLE;

    /** The clock's name in a timeline note. */
    public String label() {
        return this == SIGN ? "签收时限" : "办理时限";
    }
}
