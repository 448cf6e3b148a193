package cn.lvzhi.evaluation.computations;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.rounds.RoundPolicy;
import cn.lvzhi.evaluation.rounds.ScoreVisibility;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Role;

/**
 * Who sees a score's figure and the rows behind it (得分数据及明细): exactly who sees the score row's figure, by the one
 * rule of the rounds ({@link RoundPolicy#view} and {@link ScoreVisibility#parts}): the establishment office and leaders
 * of the region always; the unit itself from the REPLY stage on (with the marks it may reply to); the other units of
 * the region, the discipline office and the organisation department once the round is published. Everyone else never.
 * A caller who may not see it is told it does not exist (NOT_FOUND).
 */
public final class EvidencePolicy {
    private EvidencePolicy() {
    }

    /** Does the actor see the figure of the unit with this tree path in a round at this stage? */
    public static boolean seesFigure(ScopedActor actor, String unitPath, EvaluationStage stage) {
        boolean own = actor.hasAny(Role.DEPARTMENT, Role.TOWNSHIP) && actor.owns(unitPath);
        return ScoreVisibility.parts(RoundPolicy.view(actor, unitPath, stage, own), stage, own)
                .contains(ScoreVisibility.Part.FIGURE);
    }
}
