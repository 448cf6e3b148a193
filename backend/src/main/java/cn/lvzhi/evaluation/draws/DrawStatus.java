package cn.lvzhi.evaluation.draws;

/** Where a 双随机 draw stands: its strata defined, its inputs frozen (hash shown, no seed yet), drawn, or cancelled. */
public enum DrawStatus {
    DRAFT,
    FROZEN,
    DRAWN,
    CANCELLED
}
