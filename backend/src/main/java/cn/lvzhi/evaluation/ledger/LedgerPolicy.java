package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

import java.util.Objects;

/**
 * Who sees and acts on the rectification ledger (整改台账): a department or township sees its own unit's items,
 * rectifies them and asks for extensions; 编办 of the region sees all, opens items, rectifies on a unit's behalf,
 * decides extensions, verifies (never a rectification of its own) and closes (销户); leaders of the region read all.
 * Everyone else sees nothing: to them an item does not exist (NOT_FOUND, absent from lists and counts).
 */
public final class LedgerPolicy {
    static final String OFFICE_ONLY = "只有本辖区编办可以执行此操作 (only the establishment office of the region does this)";
    static final String RECTIFIER_ONLY = "只有责任单位或本辖区编办可以整改 (only the responsible unit or the establishment office rectifies)";
    static final String UNIT_ONLY = "只有责任单位可以申请延期 (only the responsible unit asks for an extension)";
    static final String SAME_PERSON = "核验须由整改人以外的人员进行 (the person who rectified cannot verify it)";

    /** How much of the ledger an actor sees. */
    public enum Sight {
        /** 编办 and leaders of the region: every item of its units. */
        ALL,
        /** A department or township: its own unit's items. */
        OWN,
        NONE
    }

    private LedgerPolicy() {
    }

    /** Which items the actor's lists hold: ALL (its region's), OWN (its unit's) or NONE. */
    public static Sight scope(ScopedActor actor) {
        if (actor.actor().system() || actor.regionPath() == null) {
            return Sight.NONE;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            return Sight.ALL;
        }
        return actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP) ? Sight.OWN : Sight.NONE;
    }

    /** How the actor sees an item of the unit with this id and path. */
    public static Sight sight(ScopedActor actor, long unitId, String unitPath) {
        return switch (scope(actor)) {
            case ALL -> actor.regionHolds(unitPath) ? Sight.ALL : Sight.NONE;
            case OWN -> actor.unitId() == unitId ? Sight.OWN : Sight.NONE;
            case NONE -> Sight.NONE;
        };
    }

    /** May the actor open an item by hand for a unit with this path (编办 of its region)? */
    public static Decision open(ScopedActor actor, String unitPath) {
        return office(actor, actor.regionHolds(unitPath));
    }

    /** May the actor rectify (and keep the actions of) an item it sees as {@code sight}? */
    public static Decision rectify(ScopedActor actor, Sight sight) {
        return sight == Sight.OWN || (sight == Sight.ALL && actor.has(Role.ESTABLISHMENT_OFFICE))
                ? Decision.ALLOW : Decision.refuse(RECTIFIER_ONLY);
    }

    /** May the actor ask to move the due date of an item it sees as {@code sight}? */
    public static Decision requestExtension(Sight sight) {
        return sight == Sight.OWN ? Decision.ALLOW : Decision.refuse(UNIT_ONLY);
    }

    /** May the actor decide extensions, verify and close an item it sees as {@code sight}? */
    public static Decision manage(ScopedActor actor, Sight sight) {
        return office(actor, sight == Sight.ALL);
    }

    /** May the actor verify a rectification made by the person with {@code rectifiedBySubject}? Never their own. */
    public static Decision verify(ScopedActor actor, Sight sight, String rectifiedBySubject) {
        Decision office = manage(actor, sight);
        if (!office.allowed()) {
            return office;
        }
        return Objects.equals(actor.actor().subject(), rectifiedBySubject) ? Decision.refuse(SAME_PERSON) : Decision.ALLOW;
    }

    private static Decision office(ScopedActor actor, boolean inRegion) {
        return !actor.actor().system() && actor.has(Role.ESTABLISHMENT_OFFICE) && inRegion
                ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }
}
