package cn.lvzhi.mandates;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** MandatePolicy as a pure table: role × where the department lies relative to the actor's region. */
class MandatePolicyTest {
    /** The actor's unit is /1/2/9/ inside the region /1/2/ (its district); /1/5/ is the city's own department. */
    static ScopedActor actor(Role role, boolean system) {
        return ScopedActor.of(new Actor("s", "u", "用户", system, 9, "JZ-QH-BB", Set.of(role)),
                UnitKind.ESTABLISHMENT_OFFICE, "/1/2/9/", "/1/2/");
    }

    @ParameterizedTest(name = "{0} on {1}: reads {2}, edits {3}")
    @CsvSource({
            // role,               department path, reads, edits
            "ESTABLISHMENT_OFFICE, /1/2/10/,        true,  true",
            "ESTABLISHMENT_OFFICE, /1/5/,           true,  false",
            "DEPARTMENT,           /1/2/9/,         true,  false",
            "TOWNSHIP,             /1/2/10/,        true,  false",
            "LEADER,               /1/2/10/,        true,  false",
            "COMMITTEE,            /1/2/10/,        true,  false",
            "GRID_WORKER,          /1/2/10/,        true,  false",
            "DISCIPLINE,           /1/2/10/,        true,  false",
            "INTEGRATION,          /1/2/10/,        false, false",
    })
    void table(Role role, String path, boolean reads, boolean edits) {
        ScopedActor a = actor(role, role == Role.INTEGRATION);
        assertEquals(reads, MandatePolicy.reads(a), "reads");
        assertEquals(edits, MandatePolicy.edit(a, path).allowed(), "edits");
    }

    @ParameterizedTest
    @EnumSource(UnitKind.class)
    void departmentsAndTownshipsHaveMandates(UnitKind kind) {
        boolean expected = switch (kind) {
            case GOVERNMENT_DEPARTMENT, PARTY_DEPARTMENT, MASS_ORGANISATION, PUBLIC_INSTITUTION, TOWNSHIP -> true;
            default -> false;
        };
        assertEquals(expected, MandatePolicy.hasMandate(kind));
    }
}
