package cn.lvzhi.evaluation.draws;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who sees and runs 双随机 draws: 编办 of the region runs them and keeps the inspector register; leaders of the region
 * read all of it; a department or township sees a draw only once it is DRAWN and only if it drew that unit — and then
 * only its own row, its offices and its inspectors. Everyone else sees nothing (NOT_FOUND).
 */
public final class DrawPolicy {
    static final String OFFICE_ONLY = "只有本辖区编办组织双随机抽查 (only the establishment office of the region runs draws)";
    static final String VERIFY_ALL = "被抽中单位只能查看本单位的抽查结果，完整核验由编办和领导查看 "
            + "(a drawn unit sees its own result; the full verification is for the office and leaders)";

    /** How much of a draw an actor sees. */
    public enum View {
        /** 编办 and leaders of the region: every input and result. */
        ALL,
        /** A drawn unit, after the draw: its own row, offices and inspectors. */
        OWN,
        NONE
    }

    private DrawPolicy() {
    }

    /**
     * How the actor sees a draw of the region at {@code regionPath} in this status; {@code drewActorUnit}: the draw took
     * the actor's own unit.
     */
    public static View view(ScopedActor actor, String regionPath, DrawStatus status, boolean drewActorUnit) {
        if (actor.actor().system() || !actor.regionHolds(regionPath)) {
            return View.NONE;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            return View.ALL;
        }
        boolean unit = actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP);
        return unit && status == DrawStatus.DRAWN && drewActorUnit ? View.OWN : View.NONE;
    }

    /** Does the actor read every draw of its region and the inspector register (编办, leaders)? */
    public static boolean seesWholeRegion(ScopedActor actor) {
        return !actor.actor().system() && actor.regionPath() != null && actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER);
    }

    /** Does the actor see draws as a drawn unit? */
    public static boolean drawnUnit(ScopedActor actor) {
        return !actor.actor().system() && actor.regionPath() != null && actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP);
    }

    /** May the actor define, freeze, seed, draw and cancel draws, and keep the register, of the region at {@code regionPath}? */
    public static Decision manage(ScopedActor actor, String regionPath) {
        return !actor.actor().system() && actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionHolds(regionPath)
                ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }

    /** May a viewer recompute the whole draw (it shows every candidate and result)? */
    public static Decision verify(View view) {
        return view == View.ALL ? Decision.ALLOW : Decision.refuse(VERIFY_ALL);
    }
}
