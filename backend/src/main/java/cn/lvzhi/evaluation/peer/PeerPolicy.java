package cn.lvzhi.evaluation.peer;

import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.rounds.RoundPolicy;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Decision;
import cn.lvzhi.security.Role;

import java.time.OffsetDateTime;

/**
 * Who sees and does what in a round's peer assessment (互评), on top of {@link RoundPolicy} (who sees the round):
 * <ul>
 *   <li>编办 of the region sets the rules and the conflict register, generates the matrix, and sees the matrix's counts,
 *       the completion (which rater units have not rated yet) and every target's aggregate;</li>
 *   <li>leaders of the region read the same, and act on nothing;</li>
 *   <li>a unit in the round (its department or township users) is a rater: it sees only its own assignments and its
 *       own ratings, never who else rates a target nor anyone else's rating; after publication it sees its own
 *       aggregate as a target, never the ratings behind it;</li>
 *   <li>no one — 编办 included — reads a named rater's score: raters rate candidly because their scores are only ever
 *       shown aggregated. The only individual rating anyone reads is the rater's own.</li>
 * </ul>
 * Everyone else sees nothing (the round is NOT_FOUND for them).
 */
public final class PeerPolicy {
    static final String OFFICE_ONLY = "只有本辖区编办可以设置和生成互评 (only the establishment office of the region runs peer assessment)";
    static final String PANEL_ONLY = "互评分配和完成情况仅编办和领导可查看 (only the establishment office and leaders see the matrix and completion)";
    static final String RATERS_ONLY = "只有参加本批次互评的单位有互评任务 (only the units of the round rate their peers)";
    static final String NOT_SELF = "不能给本单位评分 (a unit never rates itself)";
    static final String SUBMITTED = "本单位已提交互评，评分已锁定 (the unit has submitted its ratings; they are locked)";
    static final String CLOSED = "互评已截止 (the rating window has closed)";
    static final String PUBLISHED = "评估结果已公布，互评已结束 (the round is published; peer rating is over)";

    /** Which aggregates an actor reads. */
    public enum Aggregates {
        ALL, OWN, NONE
    }

    private PeerPolicy() {
    }

    /** The actor's seat given how it sees the round. */
    public static PeerSeat seat(ScopedActor actor, RoundPolicy.View view) {
        if (view == RoundPolicy.View.ALL) {
            return actor.has(Role.ESTABLISHMENT_OFFICE) ? PeerSeat.OFFICE : PeerSeat.LEADER;
        }
        return view == RoundPolicy.View.OWN ? PeerSeat.RATER : PeerSeat.NONE;
    }

    /** Does the seat see the round's peer set-up at all (rules, window)? Otherwise NOT_FOUND. */
    public static boolean seesSetup(PeerSeat seat) {
        return seat != PeerSeat.NONE;
    }

    /** May the actor change the set-up, the conflicts and the matrix of a round of this region? */
    public static Decision manage(ScopedActor actor, String regionPath) {
        return RoundPolicy.manage(actor, regionPath).allowed() ? Decision.ALLOW : Decision.refuse(OFFICE_ONLY);
    }

    /** May the seat read the matrix counts, the completion and the conflict register? */
    public static Decision panel(PeerSeat seat) {
        return seat == PeerSeat.OFFICE || seat == PeerSeat.LEADER ? Decision.ALLOW : Decision.refuse(PANEL_ONLY);
    }

    /** May the seat read its own rating tasks? */
    public static Decision tasks(PeerSeat seat) {
        return seat == PeerSeat.RATER ? Decision.ALLOW : Decision.refuse(RATERS_ONLY);
    }

    /** Which targets' aggregates the seat reads in a round at this stage. */
    public static Aggregates aggregates(PeerSeat seat, EvaluationStage stage) {
        return switch (seat) {
            case OFFICE, LEADER -> Aggregates.ALL;
            case RATER -> stage == EvaluationStage.PUBLISHED ? Aggregates.OWN : Aggregates.NONE;
            case NONE -> Aggregates.NONE;
        };
    }

    /**
     * May the actor (seated so) rate, or submit its ratings, now? {@code targetUnitId} null for a submission; the
     * assignment itself is looked up after this (an unassigned target does not exist for the rater: NOT_FOUND).
     */
    public static Decision rate(ScopedActor actor, PeerSeat seat, Long targetUnitId, EvaluationStage stage, boolean submitted,
                                OffsetDateTime closesAt, OffsetDateTime now) {
        if (seat != PeerSeat.RATER) {
            return Decision.refuse(RATERS_ONLY);
        }
        if (targetUnitId != null && targetUnitId == actor.unitId()) {
            return Decision.refuse(NOT_SELF);
        }
        if (stage == EvaluationStage.PUBLISHED) {
            return Decision.refuse(PUBLISHED);
        }
        if (submitted) {
            return Decision.refuse(SUBMITTED);
        }
        return closesAt != null && !now.isBefore(closesAt) ? Decision.refuse(CLOSED) : Decision.ALLOW;
    }
}
