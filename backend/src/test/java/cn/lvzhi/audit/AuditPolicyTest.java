package cn.lvzhi.audit;

import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may verify the audit trail, for every role. */
class AuditPolicyTest {
    static final Set<Role> MAY_VERIFY = EnumSet.of(Role.ESTABLISHMENT_OFFICE, Role.DISCIPLINE, Role.LEADER);

    @ParameterizedTest
    @EnumSource(Role.class)
    void verifyChain(Role role) {
        var decision = AuditPolicy.verifyChain(new Actor("s", "u", "用户", false, 1, "JZ", Set.of(role)));
        assertEquals(MAY_VERIFY.contains(role), decision.allowed());
        assertEquals(!MAY_VERIFY.contains(role), decision.reason() != null);
    }
}
