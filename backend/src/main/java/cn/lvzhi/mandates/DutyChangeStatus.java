package cn.lvzhi.mandates;

import java.util.Set;

/** How a duty changed in the latest reform (职责变化). Transfers are the supervision focus (划转职责). */
public enum DutyChangeStatus {
    /** 新增. */
    ADDED,
    /** 划入: taken over from another unit. */
    TRANSFERRED_IN,
    /** 划出: handed to another unit. */
    TRANSFERRED_OUT,
    /** 取消. */
    CANCELLED,
    /** 加强. */
    STRENGTHENED,
    /** 未变化. */
    UNCHANGED;

    public static final Set<DutyChangeStatus> TRANSFERS = Set.of(TRANSFERRED_IN, TRANSFERRED_OUT);

    public boolean transfer() {
        return TRANSFERS.contains(this);
    }
}
