package cn.lvzhi.tracking;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who may do what in follow-up (跟踪问效): the establishment office of the region does everything; the unit under review
 * sees only its own matters and fills in their self-check; the committee and leaders read results; everyone else sees
 * nothing (NOT_FOUND).
 */
public final class TrackingPolicy {
    static final String OFFICE_ONLY = "只有本辖区编办开展跟踪问效 (only the establishment office of the region runs follow-up)";
    static final String SELF_CHECK_ONLY = "自评自查由被问效单位填报 (only the unit under review fills in its self-check)";
    static final String APPLY_OWN = "只能为本单位申请机构编制事项 (a unit applies only for itself)";

    /** How much of a matter (and its results) an actor sees. */
    public enum View {
        /** everything: the office, the committee and leaders of the region */
        ALL,
        /** the unit under review: its own matters only */
        OWN,
        NONE
    }

    private TrackingPolicy() {
    }

    /** How the actor sees a matter of the unit with this tree path. */
    public static View view(ScopedActor actor, String unitPath) {
        if (actor.actor().system()) {
            return View.NONE;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.LEADER) && actor.regionHolds(unitPath)) {
            return View.ALL;
        }
        if (actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP) && actor.owns(unitPath)) {
            return View.OWN;
        }
        return View.NONE;
    }

    /**
     * The tree-path prefix of the units whose matters the actor sees: the region for the office, committee and leaders,
     * its own unit for a department or township, {@code null} (nothing) for everyone else. Agrees with {@link #view}.
     */
    public static String visiblePrefix(ScopedActor actor) {
        if (actor.actor().system()) {
            return null;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.LEADER)) {
            return actor.regionPath();
        }
        return actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP) ? actor.unitPath() : null;
    }

    /** Does the actor see every matter of the region (not only its own)? */
    public static boolean seesWholeRegion(ScopedActor actor) {
        return !actor.actor().system() && actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.LEADER);
    }

    /** May the actor run follow-up (matters, templates, rounds, scores, rectifications) for the unit with this path? */
    public static Decision manage(ScopedActor actor, String unitPath) {
        return actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionHolds(unitPath) ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }

    /** May the actor fill in the self-check of a matter of the unit with this path? */
    public static Decision selfCheck(ScopedActor actor, String unitPath) {
        return view(actor, unitPath) == View.OWN ? Decision.ALLOW : Decision.refuse(SELF_CHECK_ONLY);
    }

    /** May the actor submit an establishment application for the unit with this path (before the suspension rule)? */
    public static Decision apply(ScopedActor actor, String unitPath) {
        return actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP) && actor.owns(unitPath) ? Decision.ALLOW : Decision.refuse(APPLY_OWN);
    }
}
