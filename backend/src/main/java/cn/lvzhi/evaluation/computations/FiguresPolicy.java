package cn.lvzhi.evaluation.computations;

import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

/**
 * Who may compute a round's figures (计算平台数据指标): the establishment office (编办) of the round's region, until the
 * round is published. Anyone outside the region is told the round does not exist; others inside it are refused with
 * the reason.
 */
public final class FiguresPolicy {
    static final String ROUND_NOT_FOUND = "评估批次不存在 (evaluation round not found)";
    static final String OFFICE_ONLY = "只有本辖区编办可以计算评估数据 (only the establishment office of the region computes figures)";
    static final String PUBLISHED = "评估结果已公布，不能重新计算 (the round is published: its figures are frozen)";

    private FiguresPolicy() {
    }

    /** May the actor compute the figures of a round of this region? NOT_FOUND outside the region. */
    public static Decision compute(ScopedActor actor, String roundRegionPath) {
        if (actor.actor().system() || !actor.regionHolds(roundRegionPath)) {
            throw new NotFoundException(ROUND_NOT_FOUND);
        }
        return actor.has(Role.ESTABLISHMENT_OFFICE) ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }

    /** Whether figures may still be (re)computed at this stage: not once published. */
    public static boolean open(EvaluationStage stage) {
        return stage != EvaluationStage.PUBLISHED;
    }
}
