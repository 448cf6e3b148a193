package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.Scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rules of a mark on one score row (评分规则), pure and table-tested in {@code MarkRulesTest}: a mark lies between 0
 * and what the indicator allows; a first mark below the points, or other than what the scoring rule gives for the
 * figure, carries a reason (a mark equal to the rule's points takes the rule's explanation as its reason); a final mark
 * other than the first carries a reason; a self-assessment lies within 0..points.
 */
public final class MarkRules {
    private MarkRules() {
    }

    /** The most a unit of this category may get on the leaf: its points, or a bonus rule's cap when higher. */
    public static BigDecimal maxPoints(IndicatorNode node, EvaluationCategory category) {
        BigDecimal points = node.pointsFor(category);
        if (node.rule() != null && node.rule().kind() == ScoringRuleKind.BONUS && node.rule().cap() != null) {
            return points.max(node.rule().cap());
        }
        return points;
    }

    /** The points the leaf's rule gives for the figure; null when it is marked by hand or has no figure yet. */
    public static BigDecimal rulePoints(IndicatorNode node, EvaluationCategory category, BigDecimal figure) {
        if (figure == null || node.rule() == null || node.rule().kind() == ScoringRuleKind.DIRECT) {
            return null;
        }
        return Scoring.apply(node.rule(), node.pointsFor(category), figure);
    }

    /** The reason a mark equal to the rule's points carries when it is below the points: the rule, applied. */
    public static String ruleExplanation(IndicatorNode node, EvaluationCategory category, BigDecimal figure) {
        BigDecimal rule = rulePoints(node, category, figure);
        return "按计分规则计分：数值 " + figure.stripTrailingZeros().toPlainString() + "，得 " + fmt(rule) + " 分（分值 "
                + fmt(node.pointsFor(category)) + " 分）";
    }

    /** Checks a score is within 0..max for the field; returns it at two decimals. */
    public static BigDecimal inRange(String field, BigDecimal score, BigDecimal max) {
        if (score == null || score.signum() < 0 || score.compareTo(max) > 0) {
            throw new ValidationException(field, "得分须在 0 至 " + fmt(max) + " 分之间，现为 " + (score == null ? "空" : score.toPlainString())
                    + " (the score must lie between 0 and " + fmt(max) + ")");
        }
        if (score.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(field, "得分最多保留两位小数 (at most two decimals)");
        }
        return score.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The reason stored with a first mark of {@code score} (within range already): the one given; else, when the score
     * is the rule's points, the rule's explanation (none at full points); VALIDATION at {@code field} when a reason is
     * needed and missing.
     */
    public static String firstReason(String field, IndicatorNode node, EvaluationCategory category, BigDecimal figure,
                                     BigDecimal score, String reason) {
        if (reason != null && !reason.isBlank()) {
            return reason;
        }
        BigDecimal points = node.pointsFor(category);
        BigDecimal rule = rulePoints(node, category, figure);
        if (rule != null && rule.compareTo(score) == 0) {
            return score.compareTo(points) >= 0 ? null : ruleExplanation(node, category, figure);
        }
        if (rule == null && score.compareTo(points) >= 0) {
            return null;
        }
        throw new ValidationException(field, rule == null
                ? "扣分须说明理由（得分 " + fmt(score) + " 低于分值 " + fmt(points) + "） (a deduction needs a reason)"
                : "初评得分 " + fmt(score) + " 与按计分规则得出的 " + fmt(rule) + " 分不同，须说明理由 (a mark other than the rule's "
                        + fmt(rule) + " needs a reason)");
    }

    /** The reason stored with a final mark: required when the score differs from the first mark. */
    public static String finalReason(String field, BigDecimal first, BigDecimal score, String reason) {
        if (reason != null && !reason.isBlank()) {
            return reason;
        }
        if (first != null && first.compareTo(score) == 0) {
            return null;
        }
        throw new ValidationException(field, "终评得分 " + fmt(score) + " 与初评 " + (first == null ? "（无）" : fmt(first))
                + " 不同，须说明理由 (a final mark other than the first mark needs a reason)");
    }

    /** Did the first mark take points off (the unit sees these rows and may reply to them)? */
    public static boolean lostPoints(BigDecimal first, BigDecimal points) {
        return first != null && first.compareTo(points) < 0;
    }

    static String fmt(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
