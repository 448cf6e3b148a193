package cn.lvzhi.notifications;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of notification the application sends (消息类型), in the order the settings list them: each is a choice a
 * person may turn off for their bell. The case kinds follow the timeline step that sets them off.
 */
public enum NotificationKind {
    /** 收到派单. */
    CASE_DISPATCHED,
    /** 催办. */
    CASE_REMINDED,
    /** 临期提醒. */
    CASE_DEADLINE_WARNED,
    /** 已超期. */
    CASE_OVERDUE,
    /** 督办 (sent by the escalation). */
    CASE_ESCALATED,
    /** 办结反馈待评价. */
    CASE_REPLIED,
    /** 收到评价. */
    CASE_RATED,
    /** 申诉已处理. */
    CASE_APPEAL_DECIDED,
    /** 职责争议. */
    CASE_DISPUTED,
    /** 事件重办. */
    CASE_REOPENED,
    /** 清单调整获批. */
    LIST_CHANGE_APPROVED,
    /** 清单调整未获批. */
    LIST_CHANGE_REJECTED;

    /** Every kind's name, as {@link Notification#kind} holds it. */
    public static final List<String> ALL = Arrays.stream(values()).map(Enum::name).toList();
}
