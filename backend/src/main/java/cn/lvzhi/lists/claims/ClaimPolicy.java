package cn.lvzhi.lists.claims;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who claims (认领) catalogue items and records inspections: a department claims for itself, the establishment
 * office for any unit of its region; only the department owning a 行政检查 item records inspections under it.
 */
public final class ClaimPolicy {
    static final String CLAIM_REFUSED =
            "只有本部门或本辖区编办可以认领目录事项 (only the department itself or its establishment office claims its items)";
    static final String INSPECTION_REFUSED =
            "只有事项所属部门可以登记检查实施情况 (only the department owning the item records inspections)";

    private ClaimPolicy() {
    }

    public static Decision claim(ScopedActor actor, String unitPath) {
        if (actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionHolds(unitPath)) {
            return Decision.ALLOW;
        }
        if (actor.has(Role.DEPARTMENT) && actor.owns(unitPath)) {
            return Decision.ALLOW;
        }
        return Decision.refuse(CLAIM_REFUSED);
    }

    public static Decision recordInspection(ScopedActor actor, String itemOwnerPath) {
        return actor.has(Role.DEPARTMENT) && actor.owns(itemOwnerPath) ? Decision.ALLOW : Decision.refuse(INSPECTION_REFUSED);
    }
}
