package cn.lvzhi.lists;

/** Where a proposal stands: 待审核, 已批准, 已驳回, 已撤回. */
public enum ChangeStatus {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
