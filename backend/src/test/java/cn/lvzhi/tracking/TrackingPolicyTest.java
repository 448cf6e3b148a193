package cn.lvzhi.tracking;

import cn.lvzhi.org.UnitScopes.UnitScope;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import cn.lvzhi.tracking.TrackingPolicy.View;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

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
        Actor a = new Actor("s", "u", "用户", role == Role.INTEGRATION, 9, "X", Set.of(role));
        UnitScope scope = new UnitScope("/1/2/9/", "/1/2/");
        assertEquals(view, TrackingPolicy.view(a, scope, path), "view");
        assertEquals(manage, TrackingPolicy.manage(a, scope, path).allowed(), "manage");
        assertEquals(selfCheck, TrackingPolicy.selfCheck(a, scope, path).allowed(), "self-check");
        assertEquals(apply, TrackingPolicy.apply(a, scope, path).allowed(), "apply");
        String prefix = TrackingPolicy.visiblePrefix(a, scope);
        assertEquals(view != View.NONE, prefix != null && path.startsWith(prefix), "the query prefix agrees with the view");
    }
}
