package cn.lvzhi.mandates;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

import java.util.Set;

/**
 * Who reads and maintains mandates (“三定”规定). Mandates are published documents: every person in government reads
 * them; a system (the integration client) sees none. Only the establishment office of the unit's region maintains
 * duties and staffing.
 */
public final class MandatePolicy {
    static final String EDIT_REFUSED = "只有编办可以维护“三定”规定 (only the establishment office maintains mandates)";
    static final String OUTSIDE_REGION = "该单位不在本编办辖区 (the unit lies outside your region)";

    /** The kinds of unit that have a mandate: departments and townships. */
    static final Set<UnitKind> WITH_MANDATE = Set.of(UnitKind.GOVERNMENT_DEPARTMENT, UnitKind.PARTY_DEPARTMENT,
            UnitKind.MASS_ORGANISATION, UnitKind.PUBLIC_INSTITUTION, UnitKind.TOWNSHIP);

    private MandatePolicy() {
    }

    /** Does a unit of this kind have a mandate? Others answer NOT_FOUND. */
    public static boolean hasMandate(UnitKind kind) {
        return WITH_MANDATE.contains(kind);
    }

    /** May the actor read mandates at all? A system caller gets nothing (NOT_FOUND, not FORBIDDEN). */
    public static boolean reads(ScopedActor actor) {
        return !actor.actor().system() && !actor.has(Role.INTEGRATION);
    }

    /** May the actor change the duties or staffing of the unit with this tree path? */
    public static Decision edit(ScopedActor actor, String unitPath) {
        if (!actor.has(Role.ESTABLISHMENT_OFFICE)) {
            return Decision.refuse(EDIT_REFUSED);
        }
        return actor.regionHolds(unitPath) ? Decision.ALLOW : Decision.refuse(OUTSIDE_REGION);
    }
}
