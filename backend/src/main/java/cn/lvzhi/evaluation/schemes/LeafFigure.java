package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.computations.FigureKind;

import java.math.BigDecimal;

/**
 * What a leaf indicator's figure is (数值类型), and the unit of a count: a computed figure is what its computation
 * declares; another (imported, self-reported, hand-marked) is read from its rule — a deduction or bonus per occurrence
 * counts (次, or 项 for a bonus), a target or threshold up to 1 is a rate, anything else a plain number (组织部's
 * hundred-point score). The marking table, the results, the letter and the export all read a figure by this.
 */
public record LeafFigure(FigureKind kind, String unit) {
    public static final LeafFigure NUMBER = new LeafFigure(FigureKind.NUMBER, null);

    /** The figure of a leaf: {@code computed} is the kind its computation declares (null when not computed). */
    public static LeafFigure of(IndicatorNode leaf, FigureKind computed) {
        ScoringRule rule = leaf.rule();
        ScoringRuleKind ruleKind = rule == null ? null : rule.kind();
        FigureKind kind = computed != null ? computed : ruleKind == null ? FigureKind.NUMBER : switch (ruleKind) {
            case DEDUCTION, BONUS -> FigureKind.COUNT;
            case PROPORTIONAL -> upToOne(rule.target()) ? FigureKind.RATE : FigureKind.NUMBER;
            case PASS_FAIL -> upToOne(rule.threshold()) && rule.threshold().compareTo(BigDecimal.ONE) < 0
                    ? FigureKind.RATE : FigureKind.NUMBER;
            case DIRECT -> FigureKind.NUMBER;
        };
        return new LeafFigure(kind, kind == FigureKind.COUNT ? (ruleKind == ScoringRuleKind.BONUS ? "项" : "次") : null);
    }

    private static boolean upToOne(BigDecimal v) {
        return v != null && v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0;
    }
}
