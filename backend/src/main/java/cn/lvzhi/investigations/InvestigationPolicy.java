package cn.lvzhi.investigations;

import cn.lvzhi.cases.RatingLevel;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who investigates (责任倒查, DOMAIN.md §7): only the discipline office and the organisation department, and only
 * in their region; nobody else even sees an investigation (the establishment office sees everything except
 * investigation details). An investigation is opened on an UNSATISFIED rating only, once, and concluded once.
 */
public final class InvestigationPolicy {
    static final String ONLY_DISCIPLINE = "只有纪委监委和组织部可以开展责任倒查"
            + " (only the discipline office and the organisation department investigate)";
    static final String NOT_UNSATISFIED = "只能对“不满意”评价开展责任倒查，该评价为「%s」(only an UNSATISFIED rating is investigated; this one is %s)";
    static final String ALREADY_OPEN = "该评价已在责任倒查中 (this rating is already under investigation)";
    static final String CONCLUDED = "责任倒查已办结，不能再变更 (the investigation is concluded)";

    private InvestigationPolicy() {
    }

    /** Does the actor see investigations of cases in this area at all? */
    public static boolean sees(ScopedActor a, String caseAreaPath) {
        return (a.has(Role.DISCIPLINE) || a.has(Role.ORGANISATION)) && a.regionHolds(caseAreaPath);
    }

    /** May the actor open investigations? FORBIDDEN with the reason otherwise. */
    public static Decision investigate(ScopedActor a) {
        return a.has(Role.DISCIPLINE) || a.has(Role.ORGANISATION) ? Decision.ALLOW : Decision.refuse(ONLY_DISCIPLINE);
    }

    /** May this rating be investigated? A refusal is a CONFLICT with the reason. */
    public static Decision openable(RatingLevel level, boolean alreadyInvestigated) {
        if (level != RatingLevel.UNSATISFIED) {
            String label = level == RatingLevel.SATISFIED ? "满意" : "基本满意";
            return Decision.refuse(NOT_UNSATISFIED.formatted(label, level));
        }
        return alreadyInvestigated ? Decision.refuse(ALREADY_OPEN) : Decision.ALLOW;
    }

    /** May findings be added or a conclusion given? A refusal is a CONFLICT. */
    public static Decision changeable(InvestigationStatus status) {
        return status == InvestigationStatus.OPEN ? Decision.ALLOW : Decision.refuse(CONCLUDED);
    }
}
