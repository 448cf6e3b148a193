package cn.lvzhi.cases;

import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;

/**
 * The actor as the case rules see it: its unit's kind and tree path, its region, and — for a command centre — the
 * area it commands (the district command centre: its whole region; a township command room: its township).
 */
public record CaseActor(Actor actor, UnitKind unitKind, String unitPath, String regionPath, String commandArea) {

    public static CaseActor of(Actor actor, UnitKind unitKind, String unitPath, String regionPath) {
        String area = null;
        if (actor.has(Role.COMMAND_CENTRE)) {
            if (unitKind == UnitKind.COMMAND_CENTRE) {
                area = regionPath;
            } else if (unitKind == UnitKind.TOWNSHIP_COMMAND_ROOM) {
                area = parentPath(unitPath);
            }
        }
        return new CaseActor(actor, unitKind, unitPath, regionPath, area);
    }

    /** The path of a unit's parent: '/1/38/274/275/' → '/1/38/274/'. */
    static String parentPath(String path) {
        int cut = path.lastIndexOf('/', path.length() - 2);
        return cut <= 0 ? null : path.substring(0, cut + 1);
    }

    public long unitId() {
        return actor.unitId();
    }

    public boolean has(Role role) {
        return actor.has(role);
    }

    /** True when the unit with this path is the actor's unit or lies below it (its offices). */
    public boolean owns(String path) {
        return path != null && unitPath != null && path.startsWith(unitPath);
    }

    public boolean regionHolds(String path) {
        return path != null && regionPath != null && path.startsWith(regionPath);
    }

    /** True when the actor is a command centre whose area holds a case with this area path. */
    public boolean commands(String caseAreaPath) {
        return commandArea != null && caseAreaPath != null && caseAreaPath.startsWith(commandArea);
    }

    /** True for the district command centre (区综合信息指挥中心), which decides appeals. */
    public boolean isDistrictCommandCentre() {
        return actor.has(Role.COMMAND_CENTRE) && unitKind == UnitKind.COMMAND_CENTRE;
    }
}
