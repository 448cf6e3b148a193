package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.rounds.Score;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.evaluation.schemes.Scoring;
import cn.lvzhi.evaluation.schemes.Scoring.LeafScore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A unit's total from its score rows (pure): the score that counts for a leaf is the final mark once given, else the
 * first mark, else — for a figure-based leaf not marked yet — the rule's points for the figure (provisional); a
 * not-applicable row leaves the applicable points (never 0). The change against the previous round is measured only
 * over comparable indicators (同口径比较): leaves naming a counterpart in last year's scheme with {@code comparable},
 * scored in both rounds.
 */
public final class UnitTotals {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The change of the normalised score over {@code compared} comparable indicators; {@code change} null when none. */
    public record Change(BigDecimal change, int compared) {
    }

    private UnitTotals() {
    }

    /** The points that count for a leaf's score row; null when nothing is marked or computable yet. */
    public static BigDecimal counting(IndicatorNode leaf, EvaluationCategory category, Score s) {
        if (s.finalScore != null) {
            return s.finalScore;
        }
        if (s.firstScore != null) {
            return s.firstScore;
        }
        boolean figureBased = s.figure != null && leaf.rule() != null && leaf.rule().kind() != ScoringRuleKind.DIRECT;
        return figureBased ? Scoring.apply(leaf.rule(), leaf.pointsFor(category), s.figure) : null;
    }

    /** The leaf scores of a unit (by indicator code) for {@link Scoring#total}. */
    public static Map<String, LeafScore> leaves(SchemeDocument scheme, EvaluationCategory category, Collection<Score> scores) {
        Map<String, LeafScore> leaves = new HashMap<>();
        for (Score s : scores) {
            IndicatorNode leaf = scheme.node(s.indicatorCode).orElse(null);
            if (leaf == null) {
                continue;
            }
            if (s.notApplicable) {
                leaves.put(s.indicatorCode, LeafScore.notApplicableScore());
            } else {
                BigDecimal points = counting(leaf, category, s);
                if (points != null) {
                    leaves.put(s.indicatorCode, LeafScore.of(points));
                }
            }
        }
        return leaves;
    }

    public static Scoring.Total total(SchemeDocument scheme, EvaluationCategory category, Collection<Score> scores) {
        return Scoring.total(scheme, category, leaves(scheme, category, scores));
    }

    /**
     * The change of the earned share (× 100) over the comparable leaves scored in both rounds: this round's share on
     * them minus the previous round's share on their counterparts.
     */
    public static Change compare(SchemeDocument current, EvaluationCategory category, Map<String, LeafScore> now,
                                 SchemeDocument previous, EvaluationCategory previousCategory, Map<String, LeafScore> before) {
        BigDecimal earnedNow = BigDecimal.ZERO;
        BigDecimal pointsNow = BigDecimal.ZERO;
        BigDecimal earnedBefore = BigDecimal.ZERO;
        BigDecimal pointsBefore = BigDecimal.ZERO;
        int compared = 0;
        for (IndicatorNode leaf : current.leaves()) {
            IndicatorNode counterpart = counterpart(leaf, previous);
            if (counterpart == null || !leaf.appliesTo(category) || !counterpart.appliesTo(previousCategory)) {
                continue;
            }
            BigDecimal a = scored(now.get(leaf.code()));
            BigDecimal b = scored(before.get(counterpart.code()));
            if (a == null || b == null) {
                continue;
            }
            compared++;
            earnedNow = earnedNow.add(a);
            pointsNow = pointsNow.add(leaf.pointsFor(category));
            earnedBefore = earnedBefore.add(b);
            pointsBefore = pointsBefore.add(counterpart.pointsFor(previousCategory));
        }
        if (compared == 0 || pointsNow.signum() == 0 || pointsBefore.signum() == 0) {
            return new Change(null, 0);
        }
        BigDecimal change = share(earnedNow, pointsNow).subtract(share(earnedBefore, pointsBefore)).setScale(2, RoundingMode.HALF_UP);
        return new Change(change, compared);
    }

    /** The counterpart of a leaf in the previous round's scheme, when the scheme marks them comparable. */
    public static IndicatorNode counterpart(IndicatorNode leaf, SchemeDocument previous) {
        if (previous == null || leaf.previousCode() == null || !leaf.comparable()) {
            return null;
        }
        return previous.node(leaf.previousCode()).filter(n -> previous.isLeaf(n.code())).orElse(null);
    }

    /** Earned ÷ points × 100, two decimals; null when there are no points. */
    public static BigDecimal share(BigDecimal earned, BigDecimal points) {
        return points == null || points.signum() == 0 || earned == null ? null
                : earned.multiply(HUNDRED).divide(points, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal scored(LeafScore s) {
        return s == null || s.notApplicable() ? null : s.points();
    }
}
