package cn.lvzhi.cases;

import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may dispatch a case to whom (派单). The first hop is the command centre's: a township command room within
 * its township or up to the district command centre; the district command centre to departments and townships of
 * its district (and their offices). A unit that signed for a dispatch passes it on to its own offices or to
 * co-operating departments and townships of the region.
 */
public final class DispatchPolicy {
    static final String NO_RIGHT = "只有指挥中心、部门和镇街可以派单 (only command centres, departments and townships dispatch)";
    static final String NOT_COMMANDING = "只有事件所在辖区的指挥中心可以派单；其他单位须基于收到的派单转派"
            + " (only the command centre of the case's area dispatches it; others pass on a dispatch they received)";
    static final String NOT_RECEIVER = "只有收到该派单的单位可以转派 (only the unit that received the dispatch passes it on)";
    static final String TO_SELF = "不能派给本单位 (a unit does not dispatch to itself)";
    static final String ROOM_TARGET = "乡镇指挥室只能派往本镇街的单位或区综合信息指挥中心"
            + " (a township command room dispatches within its township or to the district command centre)";
    static final String CENTRE_TARGET = "区指挥中心只能派往本区的部门、镇街及其科室"
            + " (the district command centre dispatches to departments and townships of its district)";
    static final String ONWARD_TARGET = "只能转派给本单位科室或本区的协同部门、镇街"
            + " (pass a dispatch on to your own offices or to co-operating departments and townships of the region)";

    /** Kinds of unit that handle dispatched work. */
    static final Set<UnitKind> HANDLERS = EnumSet.of(UnitKind.GOVERNMENT_DEPARTMENT, UnitKind.PARTY_DEPARTMENT,
            UnitKind.MASS_ORGANISATION, UnitKind.PUBLIC_INSTITUTION, UnitKind.INTERNAL_OFFICE, UnitKind.TOWNSHIP,
            UnitKind.TOWNSHIP_COMMAND_ROOM);

    /** The unit a dispatch would go to. */
    public record Target(long unitId, String path, UnitKind kind) {
    }

    private DispatchPolicy() {
    }

    /**
     * May the actor dispatch the case (area {@code caseAreaPath}) to the target, as a first hop ({@code parent}
     * null) or onward from the parent dispatch?
     */
    public static Decision dispatch(CaseActor a, String caseAreaPath, Dispatch parent, Target target) {
        if (!a.has(Role.COMMAND_CENTRE) && !a.has(Role.DEPARTMENT) && !a.has(Role.TOWNSHIP)) {
            return Decision.refuse(NO_RIGHT);
        }
        if (target.unitId() == a.unitId()) {
            return Decision.refuse(TO_SELF);
        }
        if (parent == null) {
            if (!a.commands(caseAreaPath)) {
                return Decision.refuse(NOT_COMMANDING);
            }
            if (a.unitKind() == UnitKind.TOWNSHIP_COMMAND_ROOM) {
                boolean inTownship = target.path().startsWith(a.commandArea());
                boolean toCentre = target.kind() == UnitKind.COMMAND_CENTRE && a.regionHolds(target.path());
                return inTownship || toCentre ? Decision.ALLOW : Decision.refuse(ROOM_TARGET);
            }
            return HANDLERS.contains(target.kind()) && a.regionHolds(target.path())
                    ? Decision.ALLOW : Decision.refuse(CENTRE_TARGET);
        }
        if (parent.toUnitId != a.unitId()) {
            return Decision.refuse(NOT_RECEIVER);
        }
        boolean ownOffice = a.owns(target.path());
        boolean cooperating = HANDLERS.contains(target.kind()) && a.regionHolds(target.path());
        return ownOffice || cooperating ? Decision.ALLOW : Decision.refuse(ONWARD_TARGET);
    }
}
