package cn.lvzhi.lists;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ListPolicy as a pure table: role × where the item's owner lies relative to the actor. */
class ListPolicyTest {
    /** The actor's unit is /1/2/10/ (a department) inside the region /1/2/ (its district). */
    static ScopedActor actor(Role role) {
        return ScopedActor.of(new Actor("s", "u", "用户", false, 10, "JZ-QH-D10", Set.of(role)),
                UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/10/", "/1/2/");
    }

    @ParameterizedTest(name = "{0} on {1}: sees draft {2}, propose {3}, decide {4}, compare {5}")
    @CsvSource({
            // role,               owner path,    sees draft, propose, decide, compare
            "DEPARTMENT,           /1/2/10/,      true,  true,  false, false",
            "DEPARTMENT,           /1/2/10/55/,   true,  true,  false, false",
            "DEPARTMENT,           /1/2/11/,      false, false, false, false",
            "TOWNSHIP,             /1/2/10/,      true,  true,  false, false",
            "ESTABLISHMENT_OFFICE, /1/2/11/,      true,  true,  true,  true",
            "ESTABLISHMENT_OFFICE, /1/3/11/,      false, false, false, false",
            "LEADER,               /1/3/11/,      true,  false, false, false",
            "COMMITTEE,            /1/2/11/,      false, false, false, false",
            "GRID_WORKER,          /1/2/11/,      false, false, false, false",
            "INTEGRATION,          /1/2/11/,      false, false, false, false",
            "DISCIPLINE,           /1/2/11/,      false, false, false, false",
    })
    void table(Role role, String ownerPath, boolean seesDraft, boolean propose, boolean decide, boolean compare) {
        ScopedActor a = actor(role);
        assertEquals(seesDraft, ListPolicy.seesDraft(a, ownerPath), "sees draft");
        assertEquals(propose, ListPolicy.propose(a, ownerPath).allowed(), "propose");
        assertEquals(decide, ListPolicy.decide(a, ownerPath).allowed(), "decide");
        assertEquals(compare, ListPolicy.runComparison(a, ownerPath).allowed(), "compare");
    }

    @ParameterizedTest(name = "{0} fuses {1} at {2}: {3}")
    @CsvSource({
            // role,               subject kind,          subject path, allowed
            "ESTABLISHMENT_OFFICE, REGION_GOVERNMENT,     /1/2/,        true",
            "ESTABLISHMENT_OFFICE, GOVERNMENT_DEPARTMENT, /1/2/11/,     true",
            "ESTABLISHMENT_OFFICE, PUBLIC_INSTITUTION,    /1/2/12/,     true",
            "ESTABLISHMENT_OFFICE, TOWNSHIP,              /1/2/40/,     false",
            "ESTABLISHMENT_OFFICE, INTERNAL_OFFICE,       /1/2/11/3/,   false",
            "ESTABLISHMENT_OFFICE, GOVERNMENT_DEPARTMENT, /1/3/11/,     false",
            "ESTABLISHMENT_OFFICE, REGION_GOVERNMENT,     /1/,          false",
            "DEPARTMENT,           GOVERNMENT_DEPARTMENT, /1/2/10/,     false",
            "LEADER,               REGION_GOVERNMENT,     /1/2/,        false",
            "COMMITTEE,            REGION_GOVERNMENT,     /1/2/,        false",
    })
    void onlyTheOfficeFusesADepartmentOrItsRegion(Role role, UnitKind kind, String path, boolean allowed) {
        assertEquals(allowed, ListPolicy.runFusion(actor(role), kind, path).allowed());
    }

    @ParameterizedTest
    @CsvSource({"10, true", "11, false"})
    void onlyTheProposingUnitWithdraws(long proposerUnit, boolean allowed) {
        ListChange change = new ListChange();
        change.proposerUnitId = proposerUnit;
        assertEquals(allowed, ListPolicy.withdraw(actor(Role.DEPARTMENT), change).allowed());
    }

    @ParameterizedTest(name = "{0} proposes on a {1} item of {3} at {2}: {4}")
    @CsvSource({
            // role,      list kind,   owner path, owner kind,            allowed
            "TOWNSHIP,    TERRITORIAL, /1/2/11/,   GOVERNMENT_DEPARTMENT, true",
            "TOWNSHIP,    TERRITORIAL, /1/2/12/,   TOWNSHIP,              false",
            "TOWNSHIP,    TERRITORIAL, /1/2/12/7/, VILLAGE,               false",
            "TOWNSHIP,    TERRITORIAL, /1/3/11/,   GOVERNMENT_DEPARTMENT, false",
            "TOWNSHIP,    POWER,       /1/2/11/,   GOVERNMENT_DEPARTMENT, false",
            "TOWNSHIP,    TERRITORIAL, /1/2/10/,   TOWNSHIP,              true",
            "DEPARTMENT,  TERRITORIAL, /1/2/11/,   GOVERNMENT_DEPARTMENT, false",
            "GRID_WORKER, TERRITORIAL, /1/2/11/,   GOVERNMENT_DEPARTMENT, false",
    })
    void townshipsAdjustTerritorialItemsOfTheirRegion(Role role, ListKind kind, String ownerPath, UnitKind ownerKind, boolean allowed) {
        assertEquals(allowed, ListPolicy.propose(actor(role), kind, ownerPath, ownerKind).allowed());
    }
}
