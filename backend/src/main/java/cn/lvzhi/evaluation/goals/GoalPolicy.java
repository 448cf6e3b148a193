package cn.lvzhi.evaluation.goals;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who sees and does what with duty goals (年度履职目标). A department or township drafts, submits and reports progress
 * on its own unit's goals; 编办 of the region reviews, publishes and verifies them. Published goals are read by every
 * unit of the region (departments, townships, leaders, 编办, 纪委监委, 组织部); an unpublished goal only by its unit,
 * 编办 and leaders of the region — to anyone else it does not exist (NOT_FOUND). Verifications are read by the goal's
 * unit, 编办 and leaders only.
 */
public final class GoalPolicy {
    static final String DRAFT_OWN = "只能起草、提交本单位的年度履职目标 (a unit drafts and submits only its own goals)";
    static final String OFFICE_ONLY = "只有本辖区编办审核、公布和核验年度履职目标 (only the establishment office of the region reviews, publishes and verifies goals)";
    static final String PROGRESS_OWN = "只能填报本单位目标的履职进展 (a unit reports progress only on its own goals)";

    /** How much of the region's goals an actor reads. */
    public enum Scope {
        /** every goal of the region, published or not: 编办 and leaders */
        ALL,
        /** the region's published goals and its own unit's unpublished ones: a department or township */
        PUBLISHED_AND_OWN,
        /** the region's published goals only: 纪委监委 and 组织部 */
        PUBLISHED,
        NONE
    }

    private GoalPolicy() {
    }

    public static Scope scope(ScopedActor actor) {
        if (actor.actor().system() || actor.regionPath() == null) {
            return Scope.NONE;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            return Scope.ALL;
        }
        if (actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP)) {
            return Scope.PUBLISHED_AND_OWN;
        }
        return actor.hasAny(Role.DISCIPLINE, Role.ORGANISATION) ? Scope.PUBLISHED : Scope.NONE;
    }

    /** Does the actor see a goal of the unit with this path in this status? Agrees with {@link #scope}. */
    public static boolean sees(ScopedActor actor, String unitPath, GoalStatus status) {
        if (!actor.regionHolds(unitPath)) {
            return false;
        }
        return switch (scope(actor)) {
            case ALL -> true;
            case PUBLISHED_AND_OWN -> status == GoalStatus.PUBLISHED || actor.owns(unitPath);
            case PUBLISHED -> status == GoalStatus.PUBLISHED;
            case NONE -> false;
        };
    }

    /** Does the actor read the verifications (察访核验) of a goal of the unit with this path: the unit, 编办, leaders. */
    public static boolean seesVerifications(ScopedActor actor, String unitPath) {
        Scope scope = scope(actor);
        return actor.regionHolds(unitPath) && (scope == Scope.ALL || scope == Scope.PUBLISHED_AND_OWN && actor.owns(unitPath));
    }

    /** May the actor draft, edit, delete or submit goals of this unit: a department or township, for itself only. */
    public static Decision draft(ScopedActor actor, long unitId) {
        return ownUnit(actor, unitId) ? Decision.ALLOW : Decision.refuse(DRAFT_OWN);
    }

    /** May the actor report progress on a goal of this unit: the unit itself. */
    public static Decision reportProgress(ScopedActor actor, long unitId) {
        return ownUnit(actor, unitId) ? Decision.ALLOW : Decision.refuse(PROGRESS_OWN);
    }

    /** May the actor accept, return or verify a goal of the unit with this path: 编办 of the region. */
    public static Decision review(ScopedActor actor, String unitPath) {
        return isOffice(actor) && actor.regionHolds(unitPath) ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }

    /** May the actor publish the year's goals of its region: 编办. */
    public static Decision publish(ScopedActor actor) {
        return isOffice(actor) && actor.regionPath() != null ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }

    private static boolean isOffice(ScopedActor actor) {
        return !actor.actor().system() && actor.has(Role.ESTABLISHMENT_OFFICE);
    }

    private static boolean ownUnit(ScopedActor actor, long unitId) {
        return !actor.actor().system() && actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP) && actor.unitId() == unitId;
    }
}
