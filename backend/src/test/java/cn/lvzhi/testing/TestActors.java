package cn.lvzhi.testing;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;

import java.util.Set;

/**
 * Actors of the policy tables, by name. The tree: district /1/2/ with its command centre /1/2/3/, departments
 * /1/2/10/ (office /1/2/10/15/) and /1/2/11/, township /1/2/20/ with its command room /1/2/20/21/ and grid
 * /1/2/20/22/23/, township /1/2/30/, 编办 /1/2/5/, 编委 /1/2/6/, 纪委监委 /1/2/7/, 组织部 /1/2/8/; another district /1/9/.
 * {@code office15} is an account bound to the office itself; {@code staff15} is 科室 staff as the demo has them: a
 * department-10 account whose token also names office 15.
 */
public final class TestActors {
    public static final String REGION = "/1/2/";

    private TestActors() {
    }

    /** An actor of the given role working at the unit with this id, kind and path. */
    public static ScopedActor actor(Role role, long unitId, UnitKind kind, String path) {
        return ScopedActor.of(new Actor("sub-" + unitId, "u", "用户", role == Role.INTEGRATION, unitId, "C" + unitId, Set.of(role)),
                kind, path, path.startsWith(REGION) ? REGION : "/1/9/");
    }

    /** 科室 staff: an actor of department 10 whose token names its office 15. */
    public static ScopedActor staff15() {
        Actor a = new Actor("sub-staff15", "u", "科室用户", false, 10, "C10", Set.of(Role.DEPARTMENT), 15L, "C15");
        return ScopedActor.inOffice(a, UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/10/", REGION, "/1/2/10/15/");
    }

    /** The actor of a name (centre, room, dept10, bianban, bianwei, jiwei, …). */
    public static ScopedActor of(String who) {
        return switch (who) {
            case "centre" -> actor(Role.COMMAND_CENTRE, 3, UnitKind.COMMAND_CENTRE, "/1/2/3/");
            case "room" -> actor(Role.COMMAND_CENTRE, 21, UnitKind.TOWNSHIP_COMMAND_ROOM, "/1/2/20/21/");
            case "otherCentre" -> actor(Role.COMMAND_CENTRE, 93, UnitKind.COMMAND_CENTRE, "/1/9/93/");
            case "dept10" -> actor(Role.DEPARTMENT, 10, UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/10/");
            case "office15" -> actor(Role.DEPARTMENT, 15, UnitKind.INTERNAL_OFFICE, "/1/2/10/15/");
            case "staff15" -> staff15();
            case "dept11" -> actor(Role.DEPARTMENT, 11, UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/11/");
            case "township20" -> actor(Role.TOWNSHIP, 20, UnitKind.TOWNSHIP, "/1/2/20/");
            case "township30" -> actor(Role.TOWNSHIP, 30, UnitKind.TOWNSHIP, "/1/2/30/");
            case "grid" -> actor(Role.GRID_WORKER, 23, UnitKind.GRID, "/1/2/20/22/23/");
            case "hotline" -> actor(Role.INTEGRATION, 44, UnitKind.PUBLIC_INSTITUTION, "/1/2/44/");
            case "bianban" -> actor(Role.ESTABLISHMENT_OFFICE, 5, UnitKind.ESTABLISHMENT_OFFICE, "/1/2/5/");
            case "otherBianban" -> actor(Role.ESTABLISHMENT_OFFICE, 95, UnitKind.ESTABLISHMENT_OFFICE, "/1/9/95/");
            case "bianwei" -> actor(Role.COMMITTEE, 6, UnitKind.ESTABLISHMENT_COMMITTEE, "/1/2/6/");
            case "jiwei" -> actor(Role.DISCIPLINE, 7, UnitKind.DISCIPLINE_OFFICE, "/1/2/7/");
            case "zuzhibu" -> actor(Role.ORGANISATION, 8, UnitKind.ORGANISATION_DEPARTMENT, "/1/2/8/");
            case "leader" -> actor(Role.LEADER, 2, UnitKind.REGION_GOVERNMENT, "/1/2/");
            default -> throw new IllegalArgumentException(who);
        };
    }
}
