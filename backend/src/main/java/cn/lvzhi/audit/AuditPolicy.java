package cn.lvzhi.audit;

import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/** Who may inspect the audit trail. */
public final class AuditPolicy {
    private AuditPolicy() {
    }

    public static Decision verifyChain(Actor actor) {
        return actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.DISCIPLINE, Role.LEADER)
                ? Decision.ALLOW
                : Decision.refuse("只有编办、纪委监委和领导可以校验审计记录 (only the establishment office, "
                        + "the discipline office and leaders may verify the audit trail)");
    }
}
