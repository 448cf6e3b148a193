package cn.lvzhi.lists;

/** What a proposal does to an item: 新增, 变更, 取消 (retire). */
public enum ChangeType {
    ADD,
    CHANGE,
    RETIRE
}
