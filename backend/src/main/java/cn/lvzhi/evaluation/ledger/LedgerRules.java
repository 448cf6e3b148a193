package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;

import java.time.LocalDate;
import java.util.List;

/**
 * The gates of a ledger item's life (销户管理): rectify only what is OPEN, verify only what is RECTIFIED, close only
 * what is VERIFIED with every 整改措施 done; extensions only while OPEN and only later than the current due date.
 * Breaking one is a CONFLICT (the item is not in the state the action needs), or VALIDATION for bad input.
 */
public final class LedgerRules {
    static final String NOT_OPEN = "该整改事项不在待整改状态 (the item is not open)";
    static final String NOT_RECTIFIED = "该整改事项尚未整改或已核验 (the item is not awaiting verification)";
    static final String NOT_VERIFIED = "该整改事项尚未核验通过，不能销户 (only a verified item is closed)";
    static final String ACTIONS_OPEN = "尚有未完成的整改措施，不能销户 (every action must be done before closing)";
    static final String CLOSED = "该整改事项已销户 (the item is closed)";
    static final String NOT_LATER = "新的整改期限须晚于当前期限 (the new due date must be after the current one)";
    static final String PENDING = "已有待审批的延期申请 (an extension request is already pending)";
    static final String NOT_PENDING = "该延期申请已审批 (the extension request was already decided)";

    private LedgerRules() {
    }

    /** CONFLICT naming the current version, when the caller's is stale. */
    public static void version(LedgerItem item, int seen) {
        if (item.version != seen) {
            throw new ConflictException("整改事项已被他人修改（当前版本 " + item.version + "），请刷新后重试 (stale version; current is "
                    + item.version + ")");
        }
    }

    public static void rectifiable(LedgerState state) {
        require(state == LedgerState.OPEN, NOT_OPEN);
    }

    public static void verifiable(LedgerState state) {
        require(state == LedgerState.RECTIFIED, NOT_RECTIFIED);
    }

    /** Closing needs the item VERIFIED and every action done. */
    public static void closable(LedgerState state, List<Boolean> actionsDone) {
        require(state == LedgerState.VERIFIED, NOT_VERIFIED);
        require(actionsDone.stream().allMatch(Boolean::booleanValue), ACTIONS_OPEN);
    }

    /** Actions are kept (added, ticked) until the item is closed. */
    public static void notClosed(LedgerState state) {
        require(state != LedgerState.CLOSED, CLOSED);
    }

    /** An extension is asked while OPEN, for a later date, one at a time. */
    public static void extendable(LedgerState state, LocalDate dueOn, LocalDate newDueOn, boolean pending) {
        rectifiable(state);
        require(!pending, PENDING);
        if (!newDueOn.isAfter(dueOn)) {
            throw new ValidationException("input.newDueOn", NOT_LATER);
        }
    }

    public static void pending(ExtensionStatus status) {
        require(status == ExtensionStatus.PENDING, NOT_PENDING);
    }

    /** The state after a verification with this rating: an ineffective rectification returns the item to OPEN. */
    public static LedgerState afterVerification(LedgerRating rating) {
        return rating == LedgerRating.INEFFECTIVE ? LedgerState.OPEN : LedgerState.VERIFIED;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new ConflictException(message);
        }
    }
}
