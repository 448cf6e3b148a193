package cn.lvzhi.cases;

import cn.lvzhi.common.ConflictException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.cases.CaseStatus.ACCEPTED;
import static cn.lvzhi.cases.CaseStatus.CANCELLED;
import static cn.lvzhi.cases.CaseStatus.CLOSED;
import static cn.lvzhi.cases.CaseStatus.COMPLETED;
import static cn.lvzhi.cases.CaseStatus.DISPATCHED;
import static cn.lvzhi.cases.CaseStatus.DISPUTED;
import static cn.lvzhi.cases.CaseStatus.IN_PROGRESS;
import static cn.lvzhi.cases.CaseStatus.REPORTED;

/**
 * The legal moves of a case: REPORTED → ACCEPTED → DISPATCHED → IN_PROGRESS → COMPLETED → CLOSED, a refused case
 * becomes DISPUTED and is dispatched again, an accepted case the command room handles itself may be closed
 * directly, and a case not yet dispatched may be cancelled. Anything else is a CONFLICT naming the current state.
 */
public final class CaseTransitions {
    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            REPORTED, EnumSet.of(ACCEPTED, CANCELLED),
            ACCEPTED, EnumSet.of(DISPATCHED, CLOSED, CANCELLED),
            DISPATCHED, EnumSet.of(IN_PROGRESS, DISPUTED, COMPLETED),
            IN_PROGRESS, EnumSet.of(COMPLETED, DISPUTED),
            COMPLETED, EnumSet.of(CLOSED, IN_PROGRESS),
            DISPUTED, EnumSet.of(DISPATCHED),
            CLOSED, EnumSet.noneOf(CaseStatus.class),
            CANCELLED, EnumSet.noneOf(CaseStatus.class));

    private static final Map<CaseStatus, String> LABELS = Map.of(
            REPORTED, "已上报", ACCEPTED, "已受理", DISPATCHED, "已派单", IN_PROGRESS, "处置中",
            COMPLETED, "已办结", CLOSED, "已结案", DISPUTED, "职责争议", CANCELLED, "已撤销");

    private CaseTransitions() {
    }

    public static boolean allowed(CaseStatus from, CaseStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Throws CONFLICT naming the current state when the move is illegal. */
    public static void check(CaseStatus from, CaseStatus to) {
        if (!allowed(from, to)) {
            throw new ConflictException(conflict(from, to));
        }
    }

    static String conflict(CaseStatus from, CaseStatus to) {
        return "事件当前状态为「" + LABELS.get(from) + "」，不能变为「" + LABELS.get(to) + "」(the case is " + from
                + "; it cannot become " + to + ")";
    }

    /** The Chinese label of a state, for messages. */
    public static String label(CaseStatus status) {
        return LABELS.get(status);
    }
}
