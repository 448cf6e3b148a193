package cn.lvzhi.cases;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;

/**
 * 申诉: only the rated unit appeals a rating, once ({@link #appealable} is the state rule, a CONFLICT when refused);
 * the district command centre of the case's region decides it.
 */
public final class AppealPolicy {
    static final String ALREADY_APPEALED = "该评价已申诉过，每项评价只能申诉一次 (a rating is appealed once)";

    private AppealPolicy() {
    }

    public static Decision appeal(ScopedActor a, Rating r) {
        return a.unitId() == r.ratedUnitId ? Decision.ALLOW : Decision.refuse(CaseRefusals.NOT_RATED_UNIT);
    }

    public static Decision appealable(boolean appealedBefore) {
        return appealedBefore ? Decision.refuse(ALREADY_APPEALED) : Decision.ALLOW;
    }

    public static Decision decide(ScopedActor a, String caseAreaPath) {
        return a.isDistrictCommandCentre() && a.commands(caseAreaPath) ? Decision.ALLOW : Decision.refuse(CaseRefusals.NOT_CENTRE);
    }
}
