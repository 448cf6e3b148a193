package cn.lvzhi.evaluation.ledger;

/** 编办's rating of a rectification when verifying it: 有效, 基本有效, 无效 (which returns the item to OPEN). */
public enum LedgerRating {
    EFFECTIVE, MOSTLY, INEFFECTIVE
}
