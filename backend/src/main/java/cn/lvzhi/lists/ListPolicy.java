package cn.lvzhi.lists;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sees and changes the lists. Published items are for everyone; a draft (an unapproved addition) only for the
 * owner unit (and the units above it in its own line), the establishment office of the region and leaders.
 * Departments and townships propose changes to their own items; the establishment office proposes and decides
 * for its whole region. A township also proposes adjustments of the territorial list (属地管理事项动态调整申请) for
 * items led by a department of its region.
 */
public final class ListPolicy {
    static final String PROPOSE_REFUSED =
            "只有部门、镇街（针对本单位事项）和编办可以提出清单调整 (only departments and townships, for their own items, and the establishment office propose changes)";
    static final String NOT_OWN_ITEM = "只能对本单位的清单事项提出调整 (you may propose changes to your own unit's items only)";
    static final String DECIDE_REFUSED = "只有编办可以审核清单调整 (only the establishment office decides on list changes)";
    public static final String OUTSIDE_REGION = "该事项不在本辖区 (the item lies outside your region)";
    static final String WITHDRAW_REFUSED = "只有提出单位可以撤回申请 (only the proposing unit may withdraw it)";

    private ListPolicy() {
    }

    /**
     * May the actor see what is internal to the unit with this path: its draft items, proposals about its items,
     * comparison reports about its list?
     */
    public static boolean seesDraft(ScopedActor actor, String ownerPath) {
        return actor.has(Role.LEADER)
                || actor.owns(ownerPath)
                || (actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionHolds(ownerPath));
    }

    public static Decision propose(ScopedActor actor, String ownerPath) {
        if (actor.has(Role.ESTABLISHMENT_OFFICE)) {
            return actor.regionHolds(ownerPath) ? Decision.ALLOW : Decision.refuse(OUTSIDE_REGION);
        }
        if (actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP)) {
            return actor.owns(ownerPath) ? Decision.ALLOW : Decision.refuse(NOT_OWN_ITEM);
        }
        return Decision.refuse(PROPOSE_REFUSED);
    }

    static final String TERRITORIAL_LEAD = "属地事项调整只能针对本辖区部门牵头的属地管理事项 (a township proposes adjustments of territorial items led by a department of its region)";

    /** The kinds of unit that lead territorial items (牵头部门). */
    static final Set<UnitKind> LEAD_DEPARTMENTS = Set.of(UnitKind.GOVERNMENT_DEPARTMENT, UnitKind.PARTY_DEPARTMENT,
            UnitKind.MASS_ORGANISATION, UnitKind.PUBLIC_INSTITUTION);

    /**
     * May the actor propose a change to an item of this list owned by this unit? Beyond {@link #propose(ScopedActor,
     * String)}: a township adjusts the territorial list for items led by a department of its region.
     */
    public static Decision propose(ScopedActor actor, ListKind kind, String ownerPath, UnitKind ownerKind) {
        Decision general = propose(actor, ownerPath);
        if (general.allowed() || kind != ListKind.TERRITORIAL || !actor.has(Role.TOWNSHIP)) {
            return general;
        }
        return actor.regionHolds(ownerPath) && LEAD_DEPARTMENTS.contains(ownerKind)
                ? Decision.ALLOW : Decision.refuse(TERRITORIAL_LEAD);
    }

    public static Decision decide(ScopedActor actor, String ownerPath) {
        if (!actor.has(Role.ESTABLISHMENT_OFFICE)) {
            return Decision.refuse(DECIDE_REFUSED);
        }
        return actor.regionHolds(ownerPath) ? Decision.ALLOW : Decision.refuse(OUTSIDE_REGION);
    }

    static final String COMPARE_REFUSED = "只有编办可以开展上下联动比对 (only the establishment office runs comparisons)";
    static final String UNIT_OUTSIDE_REGION = "该单位不在本辖区 (the unit lies outside your region)";

    public static Decision runComparison(ScopedActor actor, String subjectPath) {
        if (!actor.has(Role.ESTABLISHMENT_OFFICE)) {
            return Decision.refuse(COMPARE_REFUSED);
        }
        return actor.regionHolds(subjectPath) ? Decision.ALLOW : Decision.refuse(UNIT_OUTSIDE_REGION);
    }

    static final String IMPORT_REFUSED = "只有编办可以导入清单 (only the establishment office imports lists)";

    /** Importing publishes directly, so only the office that approves changes imports; rows are then checked one by one with {@link #decide}. */
    public static Decision importList(ScopedActor actor) {
        return actor.has(Role.ESTABLISHMENT_OFFICE) ? Decision.ALLOW : Decision.refuse(IMPORT_REFUSED);
    }

    static final String FUSION_REFUSED = "只有编办可以开展两单融合比对 (only the establishment office runs the two-list fusion)";
    static final String FUSION_SCOPE = "两单融合的范围须为一个部门或整个辖区 (fuse the lists of a department or of a whole region)";
    private static final Set<UnitKind> FUSION_SUBJECTS = EnumSet.of(UnitKind.REGION_GOVERNMENT,
            UnitKind.GOVERNMENT_DEPARTMENT, UnitKind.PARTY_DEPARTMENT, UnitKind.MASS_ORGANISATION, UnitKind.PUBLIC_INSTITUTION);

    /** The establishment office fuses the lists of a department or of its whole region. */
    public static Decision runFusion(ScopedActor actor, UnitKind subjectKind, String subjectPath) {
        if (!actor.has(Role.ESTABLISHMENT_OFFICE)) {
            return Decision.refuse(FUSION_REFUSED);
        }
        if (!actor.regionHolds(subjectPath)) {
            return Decision.refuse(UNIT_OUTSIDE_REGION);
        }
        return FUSION_SUBJECTS.contains(subjectKind) ? Decision.ALLOW : Decision.refuse(FUSION_SCOPE);
    }

    public static Decision withdraw(ScopedActor actor, ListChange change) {
        return actor.unitId() == change.proposerUnitId ? Decision.ALLOW : Decision.refuse(WITHDRAW_REFUSED);
    }
}
