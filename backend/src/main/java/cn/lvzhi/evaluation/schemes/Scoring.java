package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.evaluation.EvaluationCategory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns figures into points and leaf points into a unit's total (pure, table-tested in {@code ScoringTest}).
 * <ul>
 *   <li>A leaf's rule turns its figure into points, never below 0 nor above what the rule allows (a deduction stops
 *       at its floor, a bonus at its cap).</li>
 *   <li>A parent scores the sum of its applicable children, capped at its own points for the unit's category (and at
 *       its applicable points when some children do not apply).</li>
 *   <li>Not applicable is never 0: a leaf that does not apply to the unit's category, or is marked not applicable,
 *       leaves the applicable points; the total is earned ÷ applicable × 100.</li>
 * </ul>
 * Points are rounded half-up to two decimals at each leaf and parent.
 */
public final class Scoring {
    static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /** The points a leaf earns for a figure under its rule, out of {@code points}. DIRECT rules take no figure. */
    public static BigDecimal apply(ScoringRule rule, BigDecimal points, BigDecimal figure) {
        BigDecimal f = figure == null ? BigDecimal.ZERO : figure;
        BigDecimal earned = switch (rule.kind()) {
            case PROPORTIONAL -> rule.target().signum() <= 0 ? points
                    : points.multiply(min(BigDecimal.ONE, f.divide(rule.target(), 10, RoundingMode.HALF_UP)));
            case DEDUCTION -> points.subtract(rule.perOccurrence().multiply(f)).max(nz(rule.floor()));
            case BONUS -> rule.perOccurrence().multiply(f).min(rule.cap() == null ? points : rule.cap());
            case PASS_FAIL -> f.compareTo(rule.threshold()) >= 0 ? points : BigDecimal.ZERO;
            case DIRECT -> throw new IllegalArgumentException("a DIRECT rule is marked by hand, not applied to a figure");
        };
        return earned.max(BigDecimal.ZERO).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** A leaf's score for the total: points earned, or not applicable; {@code null} in the map = not scored yet. */
    public record LeafScore(boolean notApplicable, BigDecimal points) {
        public static LeafScore of(BigDecimal points) {
            return new LeafScore(false, points);
        }

        public static LeafScore notApplicableScore() {
            return new LeafScore(true, null);
        }
    }

    /**
     * One node of a unit's breakdown.
     *
     * @param points           the node's weight for the unit's category
     * @param applicablePoints the part of {@code points} that applies (0 when the node does not apply at all)
     * @param sum              for a parent, the sum of its children before the cap; for a leaf, its score
     * @param score            the points counted (null when not applicable or not scored)
     * @param capped           a parent whose children's sum exceeded its cap
     */
    public record NodeResult(IndicatorNode node, int depth, BigDecimal points, BigDecimal applicablePoints,
                             BigDecimal sum, BigDecimal score, boolean applicable, boolean scored, boolean capped) {
    }

    /**
     * A unit's total: {@code earned} of {@code applicable} points, and {@code normalised} = earned ÷ applicable × 100
     * (null when nothing applies); {@code complete} is false while an applicable leaf has no score.
     */
    public record Total(List<NodeResult> nodes, BigDecimal earned, BigDecimal applicable, BigDecimal normalised,
                        boolean complete) {
    }

    /** The breakdown and total of a unit of {@code category} for its leaf scores (by indicator code). */
    public static Total total(SchemeDocument scheme, EvaluationCategory category, Map<String, LeafScore> leaves) {
        Map<String, NodeResult> results = new LinkedHashMap<>();
        boolean[] complete = {true};
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal applicable = BigDecimal.ZERO;
        for (IndicatorNode top : scheme.children(null)) {
            NodeResult r = walk(scheme, top, 0, category, leaves, results, complete);
            if (r.applicable()) {
                applicable = applicable.add(r.applicablePoints());
                earned = earned.add(r.score() == null ? BigDecimal.ZERO : r.score());
            }
        }
        List<NodeResult> ordered = new ArrayList<>();
        for (IndicatorNode n : scheme.indicators()) {
            NodeResult r = results.get(n.code());
            if (r != null) {
                ordered.add(r);
            }
        }
        BigDecimal normalised = applicable.signum() == 0 ? null
                : earned.multiply(HUNDRED).divide(applicable, SCALE, RoundingMode.HALF_UP);
        return new Total(ordered, earned.setScale(SCALE, RoundingMode.HALF_UP), applicable.setScale(SCALE, RoundingMode.HALF_UP),
                normalised, complete[0]);
    }

    private static NodeResult walk(SchemeDocument scheme, IndicatorNode node, int depth, EvaluationCategory category,
                                   Map<String, LeafScore> leaves, Map<String, NodeResult> out, boolean[] complete) {
        BigDecimal points = node.pointsFor(category);
        List<IndicatorNode> children = scheme.children(node.code());
        NodeResult result;
        if (!node.appliesTo(category)) {
            // the whole subtree is out of scope for this category
            result = new NodeResult(node, depth, points, BigDecimal.ZERO, null, null, false, false, false);
            out.put(node.code(), result);
            for (IndicatorNode child : children) {
                markNotApplicable(scheme, child, depth + 1, category, out);
            }
            return result;
        }
        if (children.isEmpty()) {
            LeafScore s = leaves.get(node.code());
            if (s != null && s.notApplicable()) {
                result = new NodeResult(node, depth, points, BigDecimal.ZERO, null, null, false, true, false);
            } else if (s == null || s.points() == null) {
                complete[0] = false;
                result = new NodeResult(node, depth, points, points, null, null, true, false, false);
            } else {
                BigDecimal score = s.points().setScale(SCALE, RoundingMode.HALF_UP);
                result = new NodeResult(node, depth, points, points, score, score, true, true, false);
            }
            out.put(node.code(), result);
            return result;
        }
        out.put(node.code(), null); // keep pre-order: the parent before its children
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal childApplicable = BigDecimal.ZERO;
        boolean anyApplicable = false;
        boolean allScored = true;
        for (IndicatorNode child : children) {
            NodeResult c = walk(scheme, child, depth + 1, category, leaves, out, complete);
            if (c.applicable()) {
                anyApplicable = true;
                childApplicable = childApplicable.add(c.applicablePoints());
                if (c.score() != null) {
                    sum = sum.add(c.score());
                }
                allScored &= c.scored();
            }
        }
        if (!anyApplicable) {
            result = new NodeResult(node, depth, points, BigDecimal.ZERO, null, null, false, true, false);
        } else {
            BigDecimal applicablePoints = childApplicable.min(points);
            BigDecimal score = sum.min(applicablePoints).setScale(SCALE, RoundingMode.HALF_UP);
            result = new NodeResult(node, depth, points, applicablePoints, sum.setScale(SCALE, RoundingMode.HALF_UP), score,
                    true, allScored, sum.compareTo(applicablePoints) > 0);
        }
        out.put(node.code(), result);
        return result;
    }

    private static void markNotApplicable(SchemeDocument scheme, IndicatorNode node, int depth, EvaluationCategory category,
                                          Map<String, NodeResult> out) {
        out.put(node.code(), new NodeResult(node, depth, node.pointsFor(category), BigDecimal.ZERO, null, null, false, false,
                false));
        for (IndicatorNode child : scheme.children(node.code())) {
            markNotApplicable(scheme, child, depth + 1, category, out);
        }
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
