package cn.lvzhi.tracking;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.TestActors;
import cn.lvzhi.tracking.TrackingPolicy.View;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * TrackingPolicy as a table: role × where the matter's unit lies. The actor's unit is /1/2/9/ in the district /1/2/;
 * /1/2/10/ is another unit of the district, /1/5/ one outside it.
 */
class TrackingPolicyTest {
    @ParameterizedTest(name = "{0} on {1}: view {2}, manage {3}, self-check {4}, apply {5}")
    @CsvSource({
            // role,               path,     view, manage, self-check, apply
            "ESTABLISHMENT_OFFICE, /1/2/10/, ALL,  true,   false,      false",
            "ESTABLISHMENT_OFFICE, /1/5/,    NONE, false,  false,      false",
            "COMMITTEE,            /1/2/10/, ALL,  false,  false,      false",
            "LEADER,               /1/2/10/, ALL,  false,  false,      false",
            "DEPARTMENT,           /1/2/9/,  OWN,  false,  true,       true",
            "DEPARTMENT,           /1/2/10/, NONE, false,  false,      false",
            "TOWNSHIP,             /1/2/9/,  OWN,  false,  true,       true",
            "COMMAND_CENTRE,       /1/2/9/,  NONE, false,  false,      false",
            "GRID_WORKER,          /1/2/9/,  NONE, false,  false,      false",
            "DISCIPLINE,           /1/2/10/, NONE, false,  false,      false",
            "ORGANISATION,         /1/2/10/, NONE, false,  false,      false",
            "INTEGRATION,          /1/2/9/,  NONE, false,  false,      false",
    })
    void table(Role role, String path, View view, boolean manage, boolean selfCheck, boolean apply) {
        ScopedActor a = TestActors.actor(role, 9, UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/9/");
        assertEquals(view, TrackingPolicy.view(a, path), "view");
        assertEquals(manage, TrackingPolicy.manage(a, path).allowed(), "manage");
        assertEquals(selfCheck, TrackingPolicy.selfCheck(a, path).allowed(), "self-check");
        assertEquals(apply, TrackingPolicy.apply(a, path).allowed(), "apply");
        String prefix = TrackingPolicy.visiblePrefix(a);
        assertEquals(view != View.NONE, prefix != null && path.startsWith(prefix), "the query prefix agrees with the view");
    }
}
