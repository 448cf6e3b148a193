package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who sees and records 三定 execution findings: 编办 of the region sees every department's and records them (until the
 * round is published); leaders of the region read all of them; a department (or township) in the round's scope sees
 * its own findings and the follow-up of its own duties once the round is open — a saved finding is shown at once, as
 * the ledger item it raises is; everyone else sees nothing (NOT_FOUND).
 */
public final class SandingPolicy {
    static final String OFFICE_ONLY = "只有本辖区编办记录“三定”执行情况 (only the establishment office of the region records 三定 findings)";
    static final String PUBLISHED = "批次结果已公布，“三定”执行情况不可再修改 (the round is published; its findings are final)";
    static final String LINK_OFFICE_ONLY = "只有本辖区编办关联职责与清单事项 (only the establishment office of the region links duties to list items)";

    /** How much of a round's findings an actor sees. */
    public enum Sight {
        /** 编办 and leaders of the region: every department in scope. */
        ALL,
        /** A unit in scope: its own duties only. */
        OWN,
        NONE
    }

    private SandingPolicy() {
    }

    /** How the actor sees the findings of a round of the region at {@code regionPath} in this stage. */
    public static Sight sight(ScopedActor actor, String regionPath, EvaluationStage stage) {
        if (actor.actor().system() || actor.regionPath() == null || !actor.regionHolds(regionPath)) {
            return Sight.NONE;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            return Sight.ALL;
        }
        return stage != EvaluationStage.DRAFT && actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP) ? Sight.OWN : Sight.NONE;
    }

    /** Does a viewer with this sight see the findings of unit {@code unitId}, in the round's scope or not? */
    public static boolean seesUnit(ScopedActor actor, Sight sight, long unitId, boolean inScope) {
        return inScope && (sight == Sight.ALL || (sight == Sight.OWN && actor.unitId() == unitId));
    }

    /** May the actor record (or change) a finding in a round of the region at {@code regionPath} in this stage? */
    public static Decision record(ScopedActor actor, String regionPath, EvaluationStage stage) {
        if (actor.actor().system() || !actor.has(Role.ESTABLISHMENT_OFFICE) || !actor.regionHolds(regionPath)) {
            return Decision.refuse(OFFICE_ONLY);
        }
        return stage == EvaluationStage.PUBLISHED ? Decision.refuse(PUBLISHED) : Decision.ALLOW;
    }

    /** Does the actor see a duty's link suggestions and links (编办 and leaders of the duty's region)? */
    public static boolean seesLinks(ScopedActor actor, String unitPath) {
        return !actor.actor().system() && actor.regionPath() != null && actor.regionHolds(unitPath)
                && actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER);
    }

    /** May the actor link a duty of the unit at {@code unitPath} to list items? */
    public static Decision link(ScopedActor actor, String unitPath) {
        return !actor.actor().system() && actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionHolds(unitPath)
                ? Decision.ALLOW : Decision.refuse(LINK_OFFICE_ONLY);
    }
}
