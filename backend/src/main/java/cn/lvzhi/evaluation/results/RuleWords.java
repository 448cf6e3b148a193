package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.schemes.LeafFigure;
import cn.lvzhi.evaluation.schemes.ScoringRule;

import java.math.BigDecimal;

/** A scoring rule as a reader of the breakdown or the feedback letter reads it (计分规则说明), in Chinese. */
public final class RuleWords {
    private RuleWords() {
    }

    /**
     * The rule of a leaf worth {@code points}, e.g. “每发生 1 次扣 0.5 分，最低 2 分”; a rate's target or threshold reads
     * as the percentage it is (目标值 100.00%).
     */
    public static String of(ScoringRule rule, BigDecimal points, LeafFigure figure) {
        if (rule == null || rule.kind() == null) {
            return "";
        }
        return switch (rule.kind()) {
            case PROPORTIONAL -> "按完成比例计分：实际值 ÷ 目标值 " + FigureFormat.bound(figure, rule.target()) + " × "
                    + plain(points) + " 分，满分为止";
            case DEDUCTION -> "每发生 1 次扣 " + plain(rule.perOccurrence()) + " 分，最低 " + plain(nz(rule.floor())) + " 分";
            case BONUS -> "每项加 " + plain(rule.perOccurrence()) + " 分，最多加 " + plain(rule.cap()) + " 分";
            case PASS_FAIL -> "达到 " + FigureFormat.bound(figure, rule.threshold()) + " 得 " + plain(points) + " 分，否则不得分";
            case DIRECT -> "评估组按评分标准直接评分（0 至 " + plain(points) + " 分）";
        };
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
