package cn.lvzhi.evaluation.ledger;

/** A request to move a ledger item's due date (延期申请): awaiting 编办, approved or refused. */
public enum ExtensionStatus {
    PENDING, APPROVED, REFUSED
}
