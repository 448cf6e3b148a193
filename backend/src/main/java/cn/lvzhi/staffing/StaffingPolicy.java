package cn.lvzhi.staffing;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who works with workload figures (编制测算): the establishment office of the region records them and asks for
 * suggestions; the committee and leaders read the region's figures; a department reads its own offices'; others see none.
 */
public final class StaffingPolicy {
    static final String OFFICE_ONLY = "只有本辖区编办录入业务量 (only the establishment office of the region records workload)";

    private StaffingPolicy() {
    }

    /** The tree-path prefix of the offices whose workload the actor reads, or {@code null} for none. */
    public static String visiblePrefix(ScopedActor actor) {
        if (actor.actor().system()) {
            return null;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.LEADER)) {
            return actor.regionPath();
        }
        return actor.has(Role.DEPARTMENT) ? actor.unitPath() : null;
    }

    /** May the actor see post suggestions (decisions of the region, not of one department)? */
    public static boolean suggests(ScopedActor actor) {
        return !actor.actor().system() && actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.LEADER);
    }

    /** May the actor record the workload of an office with this path? */
    public static Decision record(ScopedActor actor, String officePath) {
        return actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionHolds(officePath) ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }
}
