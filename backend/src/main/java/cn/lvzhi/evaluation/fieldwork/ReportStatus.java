package cn.lvzhi.evaluation.fieldwork;

/** Where a drawn unit's work report (一个报告) stands: written, submitted, returned by 编办 with comments, or accepted. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
