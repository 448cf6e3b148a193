package cn.lvzhi.cases;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;

/**
 * 谁派单、谁评价: a dispatch is rated by a member of the unit that dispatched it and by no one else, never by the
 * handler itself ({@link #rate}); only once it was replied to, and only once ({@link #rateable}, a state rule:
 * its refusal is a CONFLICT, and the database's unique rating per dispatch backs it).
 */
public final class RatingPolicy {
    static final String ALREADY_RATED = "该派单已评价，不能重复评价 (the dispatch is already rated)";

    private RatingPolicy() {
    }

    public static Decision rate(ScopedActor a, Dispatch d) {
        if (a.actingUnitId() == d.toUnitId) {
            return Decision.refuse(CaseRefusals.HANDLER_SELF);
        }
        return a.actingUnitId() == d.fromUnitId ? Decision.ALLOW : Decision.refuse(CaseRefusals.NOT_DISPATCHER);
    }

    public static Decision rateable(DispatchStatus status) {
        return switch (status) {
            case REPLIED -> Decision.ALLOW;
            case RATED -> Decision.refuse(ALREADY_RATED);
            default -> Decision.refuse("该派单尚未办结反馈，不能评价（当前状态：" + status.label() + "）"
                    + " (only a replied dispatch is rated; it is " + status + ")");
        };
    }
}
