package cn.lvzhi.audit;

import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/** Who may inspect the audit trail: verify its chain, and read an entity's audit history (审计追溯). */
public final class AuditPolicy {
    /** The entity type whose rows hold an investigation's findings, which only the discipline office reads. */
    static final String INVESTIGATION = "Investigation";

    private AuditPolicy() {
    }

    public static Decision verifyChain(Actor actor) {
        return actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.DISCIPLINE, Role.LEADER)
                ? Decision.ALLOW
                : Decision.refuse("只有编办、纪委监委和领导可以校验审计记录 (only the establishment office, "
                        + "the discipline office and leaders may verify the audit trail)");
    }

    /**
     * The audit-trail page (审计追溯) is the establishment office's and the discipline office's; the rows of an
     * investigation (责任倒查) carry its findings, which DOMAIN.md §7 keeps from the establishment office.
     */
    public static Decision readHistory(Actor actor, String entityType) {
        if (!actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.DISCIPLINE)) {
            return Decision.refuse("只有编办和纪委监委可以查阅审计记录 (only the establishment office and the discipline "
                    + "office may read the audit trail)");
        }
        if (INVESTIGATION.equals(entityType) && !actor.has(Role.DISCIPLINE)) {
            return Decision.refuse("责任倒查的审计记录只有纪委监委可以查阅 (only the discipline office reads the audit "
                    + "trail of investigations)");
        }
        return Decision.ALLOW;
    }
}
