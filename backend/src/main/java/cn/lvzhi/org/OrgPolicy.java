package cn.lvzhi.org;

import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who may maintain the organisation tree: the establishment office (编办), and only inside its own region —
 * the subtree of the government its office belongs to. Everyone with a valid unit may read the tree.
 */
public final class OrgPolicy {
    static final String ONLY_ESTABLISHMENT_OFFICE =
            "只有编办可以维护组织机构 (only the establishment office maintains the organisation tree)";
    static final String OUTSIDE_REGION =
            "只能维护本辖区的单位 (the unit lies outside your region)";

    private OrgPolicy() {
    }

    /**
     * @param actor      the actor, placed in its region (the region its office serves)
     * @param targetPath the tree path of the unit changed (for a new unit: of its parent)
     */
    public static Decision maintain(ScopedActor actor, String targetPath) {
        if (!actor.has(Role.ESTABLISHMENT_OFFICE)) {
            return Decision.refuse(ONLY_ESTABLISHMENT_OFFICE);
        }
        if (!actor.regionHolds(targetPath)) {
            return Decision.refuse(OUTSIDE_REGION);
        }
        return Decision.ALLOW;
    }
}
