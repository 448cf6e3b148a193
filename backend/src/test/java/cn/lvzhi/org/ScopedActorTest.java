package cn.lvzhi.org;

import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where an actor stands: its own subtree, its region, and the area a command centre commands. */
class ScopedActorTest {
    private static ScopedActor at(Role role, UnitKind kind, String path, String region) {
        return ScopedActor.of(new Actor("s", "u", "用户", false, 1, "C1", Set.of(role)), kind, path, region);
    }

    @Test
    void ownsItsUnitAndTheOfficesBelowOnly() {
        ScopedActor dept = at(Role.DEPARTMENT, UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/10/", "/1/2/");
        assertTrue(dept.owns("/1/2/10/"));
        assertTrue(dept.owns("/1/2/10/15/"));
        assertFalse(dept.owns("/1/2/101/"), "a sibling whose id starts with the same digits");
        assertFalse(dept.owns("/1/2/"));
        assertFalse(dept.owns(null));
        assertTrue(dept.regionHolds("/1/2/11/"));
        assertFalse(dept.regionHolds("/1/9/11/"));
        assertFalse(at(Role.DEPARTMENT, UnitKind.GOVERNMENT_DEPARTMENT, "/1/", null).regionHolds("/1/2/"));
    }

    @Test
    void theDistrictCentreCommandsItsRegionAndDecidesAppeals() {
        ScopedActor centre = at(Role.COMMAND_CENTRE, UnitKind.COMMAND_CENTRE, "/1/2/3/", "/1/2/");
        assertEquals("/1/2/", centre.commandArea());
        assertTrue(centre.commands("/1/2/20/22/"));
        assertFalse(centre.commands("/1/9/"));
        assertTrue(centre.isDistrictCommandCentre());
    }

    @Test
    void aTownshipRoomCommandsItsTownshipOnly() {
        ScopedActor room = at(Role.COMMAND_CENTRE, UnitKind.TOWNSHIP_COMMAND_ROOM, "/1/2/20/21/", "/1/2/");
        assertEquals("/1/2/20/", room.commandArea());
        assertTrue(room.commands("/1/2/20/22/23/"));
        assertFalse(room.commands("/1/2/30/"));
        assertFalse(room.isDistrictCommandCentre());
    }

    @Test
    void withoutTheCommandRoleNobodyCommands() {
        assertNull(at(Role.DEPARTMENT, UnitKind.COMMAND_CENTRE, "/1/2/3/", "/1/2/").commandArea());
        assertFalse(at(Role.DEPARTMENT, UnitKind.COMMAND_CENTRE, "/1/2/3/", "/1/2/").isDistrictCommandCentre());
        assertNull(at(Role.COMMAND_CENTRE, UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/10/", "/1/2/").commandArea());
    }
}
