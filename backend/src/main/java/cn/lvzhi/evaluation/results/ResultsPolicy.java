package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who sees which evaluation result (评估结果) and who acts on it, written once: 编办 and leaders of the round's region
 * see every unit's result at any stage (provisional until published); a department or township sees its own result
 * from the REPLY stage on (provisional) and, once published, every unit's published result; 纪委监委 and 组织部 see
 * published results only. Anyone else sees nothing (NOT_FOUND). Only 编办 of the region raises problems; only 编办 and
 * leaders open the dashboard.
 */
public final class ResultsPolicy {
    static final String NOT_YET = "本单位评分自反馈申辩阶段起可查看 (a unit sees its marks from the reply stage on)";
    static final String OFFICE_ONLY = "只有本辖区编办可以提出整改问题 (only the establishment office of the region raises problems)";
    static final String DASHBOARD_ONLY = "评估看板仅供编办和领导查看 (the dashboard is for the establishment office and leaders)";
    /** A reason shown beside the rank (a label, not an error): Chinese only. */
    static final String RANK_AFTER_PUBLICATION = "结果公布后显示排名";

    /** How an actor sees one unit's result in a round. */
    public enum Sight {
        /** the marks as they stand: provisional until the round is published */
        CURRENT,
        /** the published result of another unit */
        PUBLISHED,
        /** the unit's own result before the REPLY stage: it exists for the unit, but is not readable yet (FORBIDDEN) */
        NOT_YET,
        /** nothing (NOT_FOUND) */
        NONE
    }

    private ResultsPolicy() {
    }

    /** How the actor sees the result of the unit at {@code unitPath} in a round of {@code roundRegion} at {@code stage}. */
    public static Sight sight(ScopedActor actor, String roundRegion, EvaluationStage stage, String unitPath) {
        if (actor.actor().system() || !actor.regionHolds(roundRegion)) {
            return Sight.NONE;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            return Sight.CURRENT;
        }
        boolean unit = actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP);
        if (unit && actor.unitPath() != null && actor.unitPath().equals(unitPath)) {
            return stage.compareTo(EvaluationStage.REPLY) >= 0 ? Sight.CURRENT : Sight.NOT_YET;
        }
        boolean reader = unit || actor.hasAny(Role.DISCIPLINE, Role.ORGANISATION);
        return reader && stage == EvaluationStage.PUBLISHED ? Sight.PUBLISHED : Sight.NONE;
    }

    /**
     * Whether the actor sees 编办's final marks of a round at this stage: 编办 and leaders always; everyone else once the
     * round is published (before, a unit sees the first marks it may reply to).
     */
    public static boolean seesFinalMarks(ScopedActor actor, EvaluationStage stage) {
        return stage == EvaluationStage.PUBLISHED || actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER);
    }

    /** Whether the actor sees every unit of a round (and so may be shown ranks before publication). */
    public static boolean seesWholeRound(ScopedActor actor, String roundRegion, EvaluationStage stage) {
        return !actor.actor().system() && actor.regionHolds(roundRegion)
                && (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER) || stage == EvaluationStage.PUBLISHED
                && actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP, Role.DISCIPLINE, Role.ORGANISATION));
    }

    /** May the actor open the round's dashboard (given that it sees the round)? */
    public static Decision dashboard(ScopedActor actor, String roundRegion) {
        return actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER) && actor.regionHolds(roundRegion) ? Decision.ALLOW
                : Decision.refuse(DASHBOARD_ONLY);
    }

    /** May the actor raise a problem of a unit of the round for the rectification ledger (given that it sees it)? */
    public static Decision raiseProblem(ScopedActor actor, String roundRegion) {
        return actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionHolds(roundRegion) ? Decision.ALLOW
                : Decision.refuse(OFFICE_ONLY);
    }
}
