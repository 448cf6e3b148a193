package cn.lvzhi.disputes;

/** Whether a dispute is still on the ladder or resolved by naming the lead unit. */
public enum DisputeStatus {
    OPEN,
    RESOLVED
}
