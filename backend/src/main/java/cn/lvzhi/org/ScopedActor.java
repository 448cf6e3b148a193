package cn.lvzhi.org;

import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;

import java.util.List;

/**
 * The actor as every policy sees it (操作者及其位置): who acts (the token's {@link Actor}: subject, unit, roles) and
 * where that unit stands in the tree — its kind, its path (the unit and the offices below it), its region (the
 * nearest government at or above it, what an establishment office serves) and, for a command centre, the area it
 * commands (the district command centre: its whole region; a township command room: its township) and, for 科室
 * staff, the path of their office ({@code officePath}, below the unit; null for everyone else). Built once per
 * request by {@link CurrentScopedActor}, which also lists the ids of the units the actor acts for
 * ({@code actingUnits}: the acting unit and every unit below it), so that queries find a party's rows through the
 * indexes on unit ids; {@code null} where they were not listed (an actor built by hand), and queries then select
 * them by path.
 */
public record ScopedActor(Actor actor, UnitKind unitKind, String unitPath, String regionPath, String officePath,
                          List<Long> actingUnits) {

    public ScopedActor(Actor actor, UnitKind unitKind, String unitPath, String regionPath, String officePath) {
        this(actor, unitKind, unitPath, regionPath, officePath, null);
    }

    /** The actor placed at a unit of this kind and path, inside this region ({@code null}: no government above). */
    public static ScopedActor of(Actor actor, UnitKind unitKind, String unitPath, String regionPath) {
        return new ScopedActor(actor, unitKind, unitPath, regionPath, null);
    }

    /** The actor placed at a unit, working in the office with this path below it (科室工作人员). */
    public static ScopedActor inOffice(Actor actor, UnitKind unitKind, String unitPath, String regionPath, String officePath) {
        return new ScopedActor(actor, unitKind, unitPath, regionPath, officePath);
    }

    /** The same actor with the ids of the units it acts for: {@link #actingPath}'s unit and every unit below it. */
    public ScopedActor withActingUnits(List<Long> ids) {
        return new ScopedActor(actor, unitKind, unitPath, regionPath, officePath, List.copyOf(ids));
    }

    public long unitId() {
        return actor.unitId();
    }

    public boolean has(Role role) {
        return actor.has(role);
    }

    public boolean hasAny(Role... roles) {
        return actor.hasAny(roles);
    }

    /**
     * The unit the actor acts for where work is addressed to a unit (a case's dispatch, rating, appeal): its office
     * when it works in one, else its unit.
     */
    public long actingUnitId() {
        return actor.officeId() != null ? actor.officeId() : actor.unitId();
    }

    /** The tree path of {@link #actingUnitId}. */
    public String actingPath() {
        return officePath != null ? officePath : unitPath;
    }

    /** True when the unit with this path is the unit the actor acts for ({@link #actingPath}) or lies below it. */
    public boolean actsFor(String path) {
        String own = actingPath();
        return path != null && own != null && path.startsWith(own);
    }

    /** True when the unit with this path is the actor's unit or lies below it (its offices). */
    public boolean owns(String path) {
        return path != null && unitPath != null && path.startsWith(unitPath);
    }

    /** True when the unit with this path lies inside the actor's region. */
    public boolean regionHolds(String path) {
        return path != null && regionPath != null && path.startsWith(regionPath);
    }

    /**
     * The tree path of the area a command centre commands, {@code null} for everyone else: the district command
     * centre (区综合信息指挥中心) commands its region, a township command room (乡镇指挥室) its township — the parent
     * of the room.
     */
    public String commandArea() {
        if (!actor.has(Role.COMMAND_CENTRE)) {
            return null;
        }
        if (unitKind == UnitKind.COMMAND_CENTRE) {
            return regionPath;
        }
        return unitKind == UnitKind.TOWNSHIP_COMMAND_ROOM ? parentPath(unitPath) : null;
    }

    /** True when the actor is a command centre whose area holds a case with this area path. */
    public boolean commands(String areaPath) {
        String area = commandArea();
        return area != null && areaPath != null && areaPath.startsWith(area);
    }

    /** True for the district command centre (区综合信息指挥中心), which decides appeals. */
    public boolean isDistrictCommandCentre() {
        return actor.has(Role.COMMAND_CENTRE) && unitKind == UnitKind.COMMAND_CENTRE;
    }

    /** The path of a unit's parent: '/1/38/274/275/' → '/1/38/274/'; {@code null} for a root. */
    static String parentPath(String path) {
        if (path == null) {
            return null;
        }
        int cut = path.lastIndexOf('/', path.length() - 2);
        return cut <= 0 ? null : path.substring(0, cut + 1);
    }
}
