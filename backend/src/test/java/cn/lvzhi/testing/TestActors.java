package cn.lvzhi.testing;

import cn.lvzhi.cases.CaseActor;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;

import java.util.Set;

/**
 * Actors of the policy tables, by name. The tree: district /1/2/ with its command centre /1/2/3/, departments
 * /1/2/10/ (office /1/2/10/15/) and /1/2/11/, township /1/2/20/ with its command room /1/2/20/21/ and grid
 * /1/2/20/22/23/, township /1/2/30/, 编办 /1/2/5/, 编委 /1/2/6/, 纪委监委 /1/2/7/, 组织部 /1/2/8/; another district /1/9/.
 */
public final class TestActors {
    public static final String REGION = "/1/2/";

    private TestActors() {
    }

    /** The scoped actor of a role working at the unit with this id, kind and path (region /1/2/ or /1/9/). */
    public static ScopedActor scoped(Role role, long unitId, UnitKind kind, String path) {
        return ScopedActor.of(new Actor("sub-" + unitId, "u", "用户", role == Role.INTEGRATION, unitId, "C" + unitId, Set.of(role)),
                kind, path, path.startsWith(REGION) ? REGION : "/1/9/");
    }

    /** The scoped actor of a name (centre, room, dept10, bianban, bianwei, jiwei, …); see the tree above. */
    public static ScopedActor scoped(String who) {
        return switch (who) {
            case "centre" -> scoped(Role.COMMAND_CENTRE, 3, UnitKind.COMMAND_CENTRE, "/1/2/3/");
            case "room" -> scoped(Role.COMMAND_CENTRE, 21, UnitKind.TOWNSHIP_COMMAND_ROOM, "/1/2/20/21/");
            case "otherCentre" -> scoped(Role.COMMAND_CENTRE, 93, UnitKind.COMMAND_CENTRE, "/1/9/93/");
            case "dept10" -> scoped(Role.DEPARTMENT, 10, UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/10/");
            case "office15" -> scoped(Role.DEPARTMENT, 15, UnitKind.INTERNAL_OFFICE, "/1/2/10/15/");
            case "dept11" -> scoped(Role.DEPARTMENT, 11, UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/11/");
            case "township20" -> scoped(Role.TOWNSHIP, 20, UnitKind.TOWNSHIP, "/1/2/20/");
            case "township30" -> scoped(Role.TOWNSHIP, 30, UnitKind.TOWNSHIP, "/1/2/30/");
            case "grid" -> scoped(Role.GRID_WORKER, 23, UnitKind.GRID, "/1/2/20/22/23/");
            case "hotline" -> scoped(Role.INTEGRATION, 44, UnitKind.PUBLIC_INSTITUTION, "/1/2/44/");
            case "bianban" -> scoped(Role.ESTABLISHMENT_OFFICE, 5, UnitKind.ESTABLISHMENT_OFFICE, "/1/2/5/");
            case "otherBianban" -> scoped(Role.ESTABLISHMENT_OFFICE, 95, UnitKind.ESTABLISHMENT_OFFICE, "/1/9/95/");
            case "bianwei" -> scoped(Role.COMMITTEE, 6, UnitKind.ESTABLISHMENT_COMMITTEE, "/1/2/6/");
            case "jiwei" -> scoped(Role.DISCIPLINE, 7, UnitKind.DISCIPLINE_OFFICE, "/1/2/7/");
            case "zuzhibu" -> scoped(Role.ORGANISATION, 8, UnitKind.ORGANISATION_DEPARTMENT, "/1/2/8/");
            case "leader" -> scoped(Role.LEADER, 2, UnitKind.REGION_GOVERNMENT, "/1/2/");
            default -> throw new IllegalArgumentException(who);
        };
    }

    // The two CaseActor forms below serve the case policies until they take a ScopedActor; they go with CaseActor.

    /** An actor of the given role working at the unit with this id, kind and path. */
    public static CaseActor actor(Role role, long unitId, UnitKind kind, String path) {
        return caseActor(scoped(role, unitId, kind, path));
    }

    /** The actor of a name (centre, room, dept10, bianban, bianwei, jiwei, …). */
    public static CaseActor of(String who) {
        return caseActor(scoped(who));
    }

    private static CaseActor caseActor(ScopedActor a) {
        return CaseActor.of(a.actor(), a.unitKind(), a.unitPath(), a.regionPath());
    }
}
