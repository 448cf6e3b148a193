package cn.lvzhi.cases.evidence;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who may export a case's evidence pack (证据包): the bodies that act on an unsatisfied rating — the discipline office
 * and the organisation department (责任倒查), the establishment office, and the district command centre that rates and
 * decides appeals. Which cases each of them sees stays {@code CaseVisibility}'s; this only says who may export at all.
 */
public final class EvidencePolicy {
    private EvidencePolicy() {
    }

    public static Decision export(ScopedActor a) {
        return a.hasAny(Role.DISCIPLINE, Role.ORGANISATION, Role.ESTABLISHMENT_OFFICE) || a.isDistrictCommandCentre()
                ? Decision.ALLOW
                : Decision.refuse("只有纪委监委、组织部、编办和区指挥中心可以导出证据包 (only the discipline office, the "
                        + "organisation department, the establishment office and the district command centre export evidence packs)");
    }
}
