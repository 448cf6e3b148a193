package cn.lvzhi.mandates;

/** The unit's part in a duty (职责角色). */
public enum DutyRole {
    /** 主体: the unit carries the duty itself. */
    LEAD_BODY,
    /** 牵头: the unit leads, others co-operate. */
    LEAD,
    /** 配合: the unit co-operates with the lead. */
    SUPPORT
}
