package cn.lvzhi.evaluation.computations;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Role;

/**
 * Who sees a score's figure and the rows behind it (得分数据及明细): the establishment office and leaders of the region,
 * always; the unit itself once the round has opened (not while it is being prepared); the other departments and
 * townships of the region, the committee, the discipline office and the organisation department only once the round
 * is published. Everyone else never. A caller who may not see it is told it does not exist (NOT_FOUND).
 */
public final class EvidencePolicy {
    private EvidencePolicy() {
    }

    /** Does the actor see the figure of the unit with this tree path in a round at this stage? */
    public static boolean seesFigure(ScopedActor actor, String unitPath, EvaluationStage stage) {
        if (actor.actor().system() || !actor.regionHolds(unitPath)) {
            return false;
        }
        if (actor.hasAny(Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            return true;
        }
        if (actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP) && actor.owns(unitPath)) {
            return stage != EvaluationStage.DRAFT;
        }
        return stage == EvaluationStage.PUBLISHED
                && actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP, Role.COMMITTEE, Role.DISCIPLINE, Role.ORGANISATION);
    }
}
