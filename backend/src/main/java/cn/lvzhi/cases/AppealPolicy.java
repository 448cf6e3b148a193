package cn.lvzhi.cases;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * 申诉: only the rated unit appeals a rating, once ({@link #appealable} is the state rule, a CONFLICT when refused),
 * and only a rating below 满意 ({@link #checkLevel}). Who decides is never the party that rated, nor the appellant:
 * the district command centre of the case's region, or a unit above the rater (the district government over the
 * command centre's own ratings, a department over its office's) — {@link #decide}.
 */
public final class AppealPolicy {
    /** The input field the level rule names. */
    public static final String RATING = "input.ratingId";
    static final String ALREADY_APPEALED = "该评价已申诉过，每项评价只能申诉一次 (a rating is appealed once)";
    static final String SATISFIED = "评价为满意，不能申诉；只有基本满意、不满意的评价可以申诉 (only a rating below SATISFIED is appealed)";

    /** The rating under appeal as the decision rule sees it: who rated, where that unit stands, who appealed. */
    public record Parties(long raterUnitId, String raterPath, long appellantUnitId) {
    }

    private AppealPolicy() {
    }

    public static Decision appeal(ScopedActor a, Rating r) {
        return a.actingUnitId() == r.ratedUnitId ? Decision.ALLOW : Decision.refuse(CaseRefusals.NOT_RATED_UNIT);
    }

    /** A 满意 rating is not appealed: VALIDATION naming {@link #RATING}. */
    public static void checkLevel(RatingLevel level) {
        if (level == RatingLevel.SATISFIED) {
            throw new ValidationException(RATING, SATISFIED);
        }
    }

    public static Decision appealable(boolean appealedBefore) {
        return appealedBefore ? Decision.refuse(ALREADY_APPEALED) : Decision.ALLOW;
    }

    public static Decision decide(ScopedActor a, String caseAreaPath, Parties p) {
        if (a.actingUnitId() == p.raterUnitId()) {
            return Decision.refuse(CaseRefusals.RATER_DECIDES);
        }
        if (a.actingUnitId() == p.appellantUnitId()) {
            return Decision.refuse(CaseRefusals.APPELLANT_DECIDES);
        }
        boolean centre = a.isDistrictCommandCentre() && a.commands(caseAreaPath);
        // strictly above the rater, acting as its own unit (科室 staff act for their office, which is above no one)
        boolean above = a.officePath() == null && a.owns(p.raterPath()) && !p.raterPath().equals(a.unitPath())
                && a.hasAny(Role.LEADER, Role.COMMAND_CENTRE, Role.DEPARTMENT, Role.TOWNSHIP);
        return centre || above ? Decision.ALLOW : Decision.refuse(CaseRefusals.NOT_CENTRE);
    }
}
