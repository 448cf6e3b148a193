package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who sees and does 五个一 (the fieldwork of a drawn unit): 编办 of the region sees and records all of it; leaders of the
 * region read all of it; the drawn unit (a department or township) sees its own report (and writes it), the letters
 * addressed to it and its symposium record; the addressee unit of a letter sees that letter and replies to it. To
 * anyone else it does not exist. Whether the unit was drawn at all is checked before this rule.
 */
public final class FieldworkPolicy {
    static final String OFFICE_ONLY = "只有本辖区编办记录五个一 (only the establishment office of the region records the fieldwork)";
    static final String UNIT_ONLY = "工作报告由被抽中单位本单位撰写 (only the drawn unit writes its report)";
    static final String ADDRESSEE_ONLY = "函调由收函单位答复 (only the addressee unit replies to the letter)";

    /** How much of a drawn unit's 五个一 an actor sees. */
    public enum Sight {
        /** 编办 of the region: everything, and records it. */
        ALL,
        /** Leaders of the region: everything, read-only. */
        READ,
        /** The drawn unit itself: its report, its symposium, the letters addressed to it. */
        OWN,
        NONE
    }

    private FieldworkPolicy() {
    }

    /** How the actor sees the 五个一 of the drawn unit {@code unitId} in a round of the region at {@code regionPath}. */
    public static Sight sight(ScopedActor actor, String regionPath, long unitId) {
        if (actor.actor().system() || regionPath == null || !actor.regionHolds(regionPath)) {
            return Sight.NONE;
        }
        if (actor.has(Role.ESTABLISHMENT_OFFICE)) {
            return Sight.ALL;
        }
        if (actor.has(Role.LEADER)) {
            return Sight.READ;
        }
        return actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP) && actor.unitId() == unitId ? Sight.OWN : Sight.NONE;
    }

    /** Does the actor see every drawn unit of the region's rounds, and every letter of the region (编办, leaders)? */
    public static boolean seesWholeRegion(ScopedActor actor) {
        return !actor.actor().system() && actor.regionPath() != null && actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER);
    }

    /** Does an actor seeing the drawn unit as {@code sight} read a letter addressed to {@code addresseeUnitId}? */
    public static boolean readsLetter(ScopedActor actor, Sight sight, long addresseeUnitId) {
        return sight == Sight.ALL || sight == Sight.READ || !actor.actor().system() && actor.unitId() == addresseeUnitId;
    }

    /** May the actor record 编办's parts (review, letters, symposium, problems)? */
    public static Decision record(Sight sight) {
        return sight == Sight.ALL ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }

    /** May the actor write and submit the drawn unit's report? */
    public static Decision writeReport(Sight sight) {
        return sight == Sight.OWN ? Decision.ALLOW : Decision.refuse(UNIT_ONLY);
    }

    /** May the actor record the reply to a letter addressed to {@code addresseeUnitId}? */
    public static Decision reply(ScopedActor actor, long addresseeUnitId) {
        return !actor.actor().system() && actor.unitId() == addresseeUnitId ? Decision.ALLOW : Decision.refuse(ADDRESSEE_ONLY);
    }
}
