package cn.lvzhi.investigations;

/** Whether an investigation is still collecting findings or concluded. */
public enum InvestigationStatus {
    OPEN,
    CONCLUDED
}
