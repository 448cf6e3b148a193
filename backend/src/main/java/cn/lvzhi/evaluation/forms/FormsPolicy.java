package cn.lvzhi.evaluation.forms;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who sees and acts on the “1+3” forms of a round (pure, table-tested in {@code FormsPolicyTest}): 编办 of the round's
 * region sees every unit's forms and reviews them; leaders of the region read them all; a department or township sees
 * and fills its own unit's forms once the round is open; everyone else sees nothing (NOT_FOUND).
 */
public final class FormsPolicy {
    static final String FILL_OWN = "只有被评估单位本单位的部门、镇街用户填报本单位的“1+3”表 (only the unit's own department or township users fill its forms)";
    static final String REVIEW_OFFICE = "只有本辖区编办审核“1+3”表 (only the establishment office of the region reviews the forms)";

    /** How much of a form an actor sees. */
    public enum Sight {
        /** 编办 and leaders of the region. */
        ALL,
        /** The unit whose form it is. */
        OWN,
        NONE
    }

    private FormsPolicy() {
    }

    /** How the actor sees a form of the unit {@code formUnitId} in a round of the region at {@code regionPath}. */
    public static Sight sight(ScopedActor actor, String regionPath, EvaluationStage stage, long formUnitId) {
        if (actor.actor().system() || actor.regionPath() == null || !actor.regionHolds(regionPath)) {
            return Sight.NONE;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            return Sight.ALL;
        }
        boolean own = actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP) && actor.unitId() == formUnitId;
        return own && stage != EvaluationStage.DRAFT ? Sight.OWN : Sight.NONE;
    }

    /** Does the actor see every unit's forms of the rounds of its region? */
    public static boolean seesRegion(ScopedActor actor) {
        return !actor.actor().system() && actor.regionPath() != null && actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER);
    }

    /** Does the actor see its own unit's forms? */
    public static boolean seesOwn(ScopedActor actor) {
        return !actor.actor().system() && actor.regionPath() != null && actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP);
    }

    /** May the actor save and submit a form it sees as {@code sight}? Only its own unit's users. */
    public static Decision fill(Sight sight) {
        return sight == Sight.OWN ? Decision.ALLOW : Decision.refuse(FILL_OWN);
    }

    /** May the actor review (return, accept, raise problems on) a form it sees? 编办 of the region only. */
    public static Decision review(ScopedActor actor, Sight sight) {
        return sight == Sight.ALL && actor.has(Role.ESTABLISHMENT_OFFICE) ? Decision.ALLOW : Decision.refuse(REVIEW_OFFICE);
    }
}
