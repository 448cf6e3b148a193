package cn.lvzhi.cases;

/** How a return visit (回访) reached the reporter. */
public enum VisitWay {
    /** 电话回访. */
    PHONE,
    /** 上门回访. */
    VISIT,
    /** 短信回访. */
    SMS
}
