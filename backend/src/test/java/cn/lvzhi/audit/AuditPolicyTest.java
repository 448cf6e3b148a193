package cn.lvzhi.audit;

import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may verify the audit trail and read an entity's audit history, for every role. */
class AuditPolicyTest {
    static final Set<Role> MAY_VERIFY = EnumSet.of(Role.ESTABLISHMENT_OFFICE, Role.DISCIPLINE, Role.LEADER);
    static final Set<Role> MAY_READ_HISTORY = EnumSet.of(Role.ESTABLISHMENT_OFFICE, Role.DISCIPLINE);

    static Actor actor(Role role) {
        return new Actor("s", "u", "用户", false, 1, "JZ", Set.of(role));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void verifyChain(Role role) {
        var decision = AuditPolicy.verifyChain(new Actor("s", "u", "用户", false, 1, "JZ", Set.of(role)));
        assertEquals(MAY_VERIFY.contains(role), decision.allowed());
        assertEquals(!MAY_VERIFY.contains(role), decision.reason() != null);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void readHistory(Role role) {
        for (String type : new String[] {null, "Case", "Unit", "ListChange"}) {
            var decision = AuditPolicy.readHistory(actor(role), type);
            assertEquals(MAY_READ_HISTORY.contains(role), decision.allowed(), () -> role + " " + type);
            assertEquals(!MAY_READ_HISTORY.contains(role), decision.reason() != null);
        }
    }

    /** An investigation's rows carry its findings: the discipline office's only (DOMAIN.md §7). */
    @ParameterizedTest
    @EnumSource(Role.class)
    void readInvestigationHistory(Role role) {
        assertEquals(role == Role.DISCIPLINE, AuditPolicy.readHistory(actor(role), "Investigation").allowed());
    }
}
