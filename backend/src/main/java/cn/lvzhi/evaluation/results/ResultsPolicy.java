package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.rounds.RoundPolicy;
import cn.lvzhi.evaluation.rounds.ScoreVisibility;
import cn.lvzhi.evaluation.rounds.ScoreVisibility.Part;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

import java.util.Set;

/**
 * Who sees which evaluation result (评估结果) and who acts on it, written once: 编办 and leaders of the round's region
 * see every unit's result at any stage (provisional until published); a department or township sees its own result
 * from the REPLY stage on (provisional) and, once published, every unit's published result; 纪委监委 and 组织部 see
 * published results only. Anyone else sees nothing (NOT_FOUND). Only 编办 of the region raises problems; only 编办 and
 * leaders open the dashboard. Which stage of the marks a viewer reads is not restated here: every answer is read off
 * {@link RoundPolicy#view} and {@link ScoreVisibility#parts}, the rounds' one rule.
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

    /**
     * How the actor sees the result of the unit at {@code unitPath} in a round of {@code roundRegion} at {@code stage}:
     * read off the parts of the unit's score rows the actor reads ({@link ScoreVisibility}) — 编办's marks (the first
     * mark on) as they stand, only the published figures, the unit's own rows without marks yet, or no rows at all.
     */
    public static Sight sight(ScopedActor actor, String roundRegion, EvaluationStage stage, String unitPath) {
        boolean own = actor.unitPath() != null && actor.unitPath().equals(unitPath);
        Set<Part> parts = ScoreVisibility.parts(RoundPolicy.view(actor, roundRegion, stage, own), stage, own);
        if (parts.contains(Part.FIRST)) {
            return Sight.CURRENT;
        }
        if (parts.contains(Part.FINAL)) {
            return Sight.PUBLISHED;
        }
        return parts.isEmpty() ? Sight.NONE : Sight.NOT_YET;
    }

    /**
     * Whether the actor sees 编办's final marks of a round at this stage, given that it sees the result: 编办 and leaders
     * always; everyone else once the round is published (before, a unit sees the first marks it may reply to).
     */
    public static boolean seesFinalMarks(ScopedActor actor, EvaluationStage stage) {
        RoundPolicy.View view = RoundPolicy.seesWholeRegion(actor) ? RoundPolicy.View.ALL : RoundPolicy.View.OWN;
        return ScoreVisibility.parts(view, stage, true).contains(Part.FINAL);
    }

    /** Whether the actor sees every unit of a round (and so may be shown ranks before publication): others' rows exist for it. */
    public static boolean seesWholeRound(ScopedActor actor, String roundRegion, EvaluationStage stage) {
        return !ScoreVisibility.parts(RoundPolicy.view(actor, roundRegion, stage, false), stage, false).isEmpty();
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
