package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who sees and builds indicator schemes (评估标准): the establishment office of the region builds them and sees every
 * version; leaders read them all; departments and townships, who are assessed by them, read the schemes in force and
 * those they replaced (the standard is public to those assessed), never drafts (NOT_FOUND); everyone else is refused
 * (FORBIDDEN: the committee, command centres, grid workers, 纪委监委, 组织部 and integrations have no part in the
 * standard).
 */
public final class SchemePolicy {
    static final String READ_REFUSED = "评估标准仅供编办、领导和被评估单位查看 (schemes are for the establishment office, leaders and the units assessed)";
    static final String OFFICE_ONLY = "只有本辖区编办制定评估标准 (only the establishment office of the region builds schemes)";
    static final String NOT_FOUND = "评估标准不存在 (scheme not found)";

    /** How much of a region's schemes an actor sees. */
    public enum View {
        /** every version, drafts included: the office and leaders */
        ALL,
        /** the schemes in force or replaced (ACTIVE, SUPERSEDED): the units assessed */
        PUBLISHED,
        NONE
    }

    private SchemePolicy() {
    }

    public static View view(ScopedActor actor) {
        if (actor.actor().system() || actor.regionPath() == null) {
            return View.NONE;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            return View.ALL;
        }
        return actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP) ? View.PUBLISHED : View.NONE;
    }

    /** May the actor read schemes at all (the list, one scheme, the computations a scheme may name)? */
    public static Decision read(ScopedActor actor) {
        return view(actor) == View.NONE ? Decision.refuse(READ_REFUSED) : Decision.ALLOW;
    }

    /** Does the actor see this scheme (else NOT_FOUND, like a missing one)? */
    public static boolean sees(ScopedActor actor, String regionPath, SchemeStatus status) {
        View view = view(actor);
        return view != View.NONE && actor.regionHolds(regionPath) && (view == View.ALL || status != SchemeStatus.DRAFT);
    }

    /** May the actor create, save, activate or supersede the schemes of its region? */
    public static Decision manage(ScopedActor actor) {
        return !actor.actor().system() && actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionPath() != null
                ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }
}
