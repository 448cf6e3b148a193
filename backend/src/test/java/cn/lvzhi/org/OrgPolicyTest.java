package cn.lvzhi.org;

import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** OrgPolicy as a pure table: role × where the unit lies relative to the actor's region. */
class OrgPolicyTest {
    static final String REGION = "/1/2/";

    static ScopedActor actor(Role role, String regionPath) {
        return ScopedActor.of(new Actor("sub", "user", "用户", false, 3, "JZ-QH-BB", Set.of(role)),
                UnitKind.ESTABLISHMENT_OFFICE, "/1/2/3/", regionPath);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
            // role,               target path,   allowed, reason contains
            "ESTABLISHMENT_OFFICE, /1/2/,        true,  ",
            "ESTABLISHMENT_OFFICE, /1/2/40/,     true,  ",
            "ESTABLISHMENT_OFFICE, /1/2/40/41/,  true,  ",
            "ESTABLISHMENT_OFFICE, /1/,          false, 辖区",
            "ESTABLISHMENT_OFFICE, /1/3/,        false, 辖区",
            "ESTABLISHMENT_OFFICE, /1/20/,       false, 辖区",
            "LEADER,               /1/2/40/,     false, 编办",
            "COMMITTEE,            /1/2/40/,     false, 编办",
            "DEPARTMENT,           /1/2/40/,     false, 编办",
            "COMMAND_CENTRE,       /1/2/40/,     false, 编办",
            "INTEGRATION,          /1/2/40/,     false, 编办",
    })
    void maintain(Role role, String target, boolean allowed, String reasonPart) {
        Decision d = OrgPolicy.maintain(actor(role, REGION), target);
        assertEquals(allowed, d.allowed());
        if (allowed) {
            assertNull(d.reason());
        } else {
            assertEquals(true, d.reason().contains(reasonPart), d.reason());
        }
    }

    @ParameterizedTest
    @CsvSource({"ESTABLISHMENT_OFFICE", "LEADER"})
    void unknownRegionRefuses(Role role) {
        assertEquals(false, OrgPolicy.maintain(actor(role, null), "/1/2/").allowed());
    }
}
