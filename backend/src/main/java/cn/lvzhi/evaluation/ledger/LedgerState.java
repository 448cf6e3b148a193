package cn.lvzhi.evaluation.ledger;

/** Where a rectification ledger item (整改台账) stands: 待整改 → 已整改 → 已核验 → 已销户. */
public enum LedgerState {
    OPEN, RECTIFIED, VERIFIED, CLOSED
}
