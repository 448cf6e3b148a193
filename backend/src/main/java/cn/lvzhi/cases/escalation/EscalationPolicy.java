package cn.lvzhi.cases.escalation;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who reads and edits a district's 催督办规则: the establishment office (编办), the command centres and the leaders of
 * the district read them; the 编办 and the district command centre (区综合信息指挥中心) edit them. Nobody outside a
 * district has any.
 */
public final class EscalationPolicy {
    static final String READ_REFUSED = "只有编办、指挥中心和领导可查看催督办规则 (only the establishment office, command centres and leaders read escalation rules)";
    static final String EDIT_REFUSED = "只有编办和区综合信息指挥中心可修改催督办规则 (only the establishment office and the district command centre edit escalation rules)";

    private EscalationPolicy() {
    }

    public static Decision read(ScopedActor a) {
        return a.regionPath() != null && a.hasAny(Role.ESTABLISHMENT_OFFICE, Role.COMMAND_CENTRE, Role.LEADER)
                ? Decision.ALLOW : Decision.refuse(READ_REFUSED);
    }

    public static Decision edit(ScopedActor a) {
        return a.regionPath() != null && (a.has(Role.ESTABLISHMENT_OFFICE) || a.isDistrictCommandCentre())
                ? Decision.ALLOW : Decision.refuse(EDIT_REFUSED);
    }
}
