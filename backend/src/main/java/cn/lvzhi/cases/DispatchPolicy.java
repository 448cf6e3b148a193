package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.DispatchTargetInput;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may dispatch a case to whom (派单), and what one dispatch may name. The first hop is the command centre's: a
 * township command room within its township or up to the district command centre; the district command centre to
 * departments and townships of its district (and their offices). A unit that signed for a dispatch passes it on to
 * its own offices or to co-operating departments and townships of the region. One dispatch names 1 to 10 units,
 * none twice, at most one of them leading ({@link #targets}); a hop has one live lead and never the same unit twice
 * ({@link #hop}).
 */
public final class DispatchPolicy {
    /** The input field the target rules name. */
    public static final String TARGETS = "input.targets";
    public static final int MAX_TARGETS = 10;
    static final String TARGET_COUNT = "须指定 1 至 " + MAX_TARGETS + " 个承办单位 (1.." + MAX_TARGETS + " targets)";
    static final String TWICE = "承办单位重复 (a unit appears twice)";
    static final String TWO_LEADS = "每次派单只能有一个牵头单位 (one lead per dispatch)";
    static final String HOP_HAS_LEAD = "该环节已有牵头单位在办 (this hop already has a live lead)";
    static final String HOP_HAS_UNIT = "已向该单位派单 (already dispatched to this unit)";

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
     * Are these targets one dispatch: 1 to 10 units, none twice, at most one lead? A refusal is a VALIDATION error
     * of {@link #TARGETS} with the reason ({@link #checkTargets}).
     */
    public static Decision targets(List<DispatchTargetInput> targets) {
        if (targets == null || targets.isEmpty() || targets.size() > MAX_TARGETS) {
            return Decision.refuse(TARGET_COUNT);
        }
        Set<Long> distinct = new HashSet<>();
        if (!targets.stream().allMatch(t -> distinct.add(t.unitId))) {
            return Decision.refuse(TWICE);
        }
        return targets.stream().filter(t -> t.role == DispatchRole.LEAD).count() > 1 ? Decision.refuse(TWO_LEADS) : Decision.ALLOW;
    }

    /** {@link #targets}, throwing VALIDATION naming {@link #TARGETS} when refused. */
    public static void checkTargets(List<DispatchTargetInput> targets) {
        Decision d = targets(targets);
        if (!d.allowed()) {
            throw new ValidationException(TARGETS, d.reason());
        }
    }

    /**
     * May these targets join a hop whose live (not refused) dispatches are {@code live}: no second lead, no unit
     * twice? A refusal is a CONFLICT: someone dispatched the hop meanwhile.
     */
    public static Decision hop(List<DispatchTargetInput> targets, Collection<Dispatch> live) {
        boolean lead = targets.stream().anyMatch(t -> t.role == DispatchRole.LEAD);
        if (lead && live.stream().anyMatch(d -> d.role == DispatchRole.LEAD)) {
            return Decision.refuse(HOP_HAS_LEAD);
        }
        Set<Long> units = new HashSet<>();
        targets.forEach(t -> units.add(t.unitId));
        return live.stream().anyMatch(d -> units.contains(d.toUnitId)) ? Decision.refuse(HOP_HAS_UNIT) : Decision.ALLOW;
    }

    /**
     * May the actor dispatch the case (area {@code caseAreaPath}) to the target, as a first hop ({@code parent}
     * null) or onward from the parent dispatch?
     */
    public static Decision dispatch(ScopedActor a, String caseAreaPath, Dispatch parent, Target target) {
        if (!a.has(Role.COMMAND_CENTRE) && !a.has(Role.DEPARTMENT) && !a.has(Role.TOWNSHIP)) {
            return Decision.refuse(CaseRefusals.NO_DISPATCH_RIGHT);
        }
        if (target.unitId() == a.actingUnitId()) {
            return Decision.refuse(CaseRefusals.TO_SELF);
        }
        if (parent == null) {
            if (!a.commands(caseAreaPath)) {
                return Decision.refuse(CaseRefusals.NOT_COMMANDING_DISPATCH);
            }
            if (a.unitKind() == UnitKind.TOWNSHIP_COMMAND_ROOM) {
                boolean inTownship = target.path().startsWith(a.commandArea());
                boolean toCentre = target.kind() == UnitKind.COMMAND_CENTRE && a.regionHolds(target.path());
                return inTownship || toCentre ? Decision.ALLOW : Decision.refuse(CaseRefusals.ROOM_TARGET);
            }
            return HANDLERS.contains(target.kind()) && a.regionHolds(target.path())
                    ? Decision.ALLOW : Decision.refuse(CaseRefusals.CENTRE_TARGET);
        }
        if (parent.toUnitId != a.actingUnitId()) {
            return Decision.refuse(CaseRefusals.NOT_RECEIVER);
        }
        boolean ownOffice = a.actsFor(target.path());
        boolean cooperating = HANDLERS.contains(target.kind()) && a.regionHolds(target.path());
        return ownOffice || cooperating ? Decision.ALLOW : Decision.refuse(CaseRefusals.ONWARD_TARGET);
    }
}
