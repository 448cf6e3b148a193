package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who sees and runs an evaluation round (评估批次): 编办 of the region runs it; leaders of the region read all of it; a
 * department or township in scope sees the round and its own rows once it is open; after publication every unit of the
 * region, 纪委监委 and 组织部 see the published figures. Everyone else sees nothing (NOT_FOUND). Which marking stage of a
 * score row each of them reads is {@link ScoreVisibility}'s rule, on top of this one.
 */
public final class RoundPolicy {
    static final String OFFICE_ONLY = "只有本辖区编办组织履职评估 (only the establishment office of the region runs evaluation rounds)";
    static final String UNIT_ONLY = "只能由被评估单位本单位报送 (only the unit under evaluation submits for itself)";
    static final String PANEL_ONLY = "报送进度仅编办和领导可查看 (only the establishment office and leaders see the progress panel)";

    /** How much of a round an actor sees. */
    public enum View {
        /** 编办 and leaders of the region: every unit, every stage. */
        ALL,
        /** A unit in the round's scope: the round, its own rows (by stage), others' published figures. */
        OWN,
        /** After publication, for the region's other units, 纪委监委 and 组织部: the published figures only. */
        PUBLISHED,
        NONE
    }

    private RoundPolicy() {
    }

    /**
     * How the actor sees a round of the region at {@code regionPath} in this stage; {@code inScope}: the actor's own unit
     * is one of the round's units.
     */
    public static View view(ScopedActor actor, String regionPath, EvaluationStage stage, boolean inScope) {
        if (actor.actor().system() || !actor.regionHolds(regionPath)) {
            return View.NONE;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            return View.ALL;
        }
        if (stage == EvaluationStage.DRAFT) {
            return View.NONE;
        }
        boolean unit = actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP);
        if (unit && inScope) {
            return View.OWN;
        }
        boolean published = stage == EvaluationStage.PUBLISHED;
        return published && (unit || actor.hasAny(Role.DISCIPLINE, Role.ORGANISATION)) ? View.PUBLISHED : View.NONE;
    }

    /** Does the actor see every unit of the region's rounds, whatever their stage (编办, leaders)? */
    public static boolean seesWholeRegion(ScopedActor actor) {
        return !actor.actor().system() && actor.regionPath() != null && actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER);
    }

    /** Does the actor take part in rounds as a unit under evaluation (its own unit in scope)? */
    public static boolean evaluatedUnit(ScopedActor actor) {
        return !actor.actor().system() && actor.regionPath() != null && actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP);
    }

    /** Does the actor read published rounds of its region (units, 纪委监委, 组织部)? */
    public static boolean readsPublished(ScopedActor actor) {
        return !actor.actor().system() && actor.regionPath() != null
                && actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP, Role.DISCIPLINE, Role.ORGANISATION);
    }

    /** May the actor open, scope, advance and mark rounds of the region at {@code regionPath}? */
    public static Decision manage(ScopedActor actor, String regionPath) {
        return !actor.actor().system() && actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionHolds(regionPath)
                ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }

    /** May the actor submit for (self-assess, reply as) the round unit {@code unitId} it sees as {@code view}? */
    public static Decision submitFor(ScopedActor actor, View view, long unitId) {
        return view == View.OWN && actor.unitId() == unitId ? Decision.ALLOW : Decision.refuse(UNIT_ONLY);
    }

    /** Does a viewer see a unit's submissions and reminder letters ({@code own}: the viewer's own unit's)? */
    public static boolean seesSubmission(View view, boolean own) {
        return view == View.ALL || (view == View.OWN && own);
    }

    /** May the actor read the progress panel (who is missing what) of a round it sees as {@code view}? */
    public static Decision progress(View view) {
        return view == View.ALL ? Decision.ALLOW : Decision.refuse(PANEL_ONLY);
    }
}
