package cn.lvzhi.lists.claims;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ClaimPolicy as a pure table: role × where the unit (or the item's owner) lies relative to the actor. */
class ClaimPolicyTest {

    @ParameterizedTest(name = "{0} on {1}: claim {2}, record inspection {3}")
    @CsvSource({
            // role,               unit path,   claim, record inspection
            "DEPARTMENT,           /1/2/10/,    true,  true",
            "DEPARTMENT,           /1/2/10/5/,  true,  true",
            "DEPARTMENT,           /1/2/11/,    false, false",
            "ESTABLISHMENT_OFFICE, /1/2/11/,    true,  false",
            "ESTABLISHMENT_OFFICE, /1/3/11/,    false, false",
            "TOWNSHIP,             /1/2/10/,    false, false",
            "LEADER,               /1/2/10/,    false, false",
            "COMMITTEE,            /1/2/10/,    false, false",
            "GRID_WORKER,          /1/2/10/,    false, false",
            "INTEGRATION,          /1/2/10/,    false, false",
    })
    void table(Role role, String path, boolean claim, boolean record) {
        // the actor's unit is /1/2/10/ (a department) inside the region /1/2/ (its district)
        ScopedActor actor = ScopedActor.of(new Actor("s", "u", "用户", false, 10, "JZ-QH-D10", Set.of(role)),
                UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/10/", "/1/2/");
        assertEquals(claim, ClaimPolicy.claim(actor, path).allowed(), "claim");
        assertEquals(record, ClaimPolicy.recordInspection(actor, path).allowed(), "record inspection");
    }
}
