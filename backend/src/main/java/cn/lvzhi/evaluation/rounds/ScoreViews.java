package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.LeafFigure;
import cn.lvzhi.evaluation.schemes.LeafFigures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Builds what a viewer reads of a score row: the parts {@link ScoreVisibility} grants, nothing else. */
final class ScoreViews {
    private ScoreViews() {
    }

    static ScoreView of(Score s, IndicatorNode node, EvaluationCategory category, Set<ScoreVisibility.Part> parts,
                        LeafFigures figures) {
        LeafFigure kind = node == null ? LeafFigure.NUMBER : figures.of(node);
        boolean figure = parts.contains(ScoreVisibility.Part.FIGURE);
        boolean self = parts.contains(ScoreVisibility.Part.SELF);
        boolean first = parts.contains(ScoreVisibility.Part.FIRST);
        boolean reply = parts.contains(ScoreVisibility.Part.REPLY);
        boolean fin = parts.contains(ScoreVisibility.Part.FINAL);
        BigDecimal points = node == null ? BigDecimal.ZERO : node.pointsFor(category);
        BigDecimal max = node == null ? BigDecimal.ZERO : MarkRules.maxPoints(node, category);
        BigDecimal rulePoints = figure && node != null && !s.notApplicable ? MarkRules.rulePoints(node, category, s.figure) : null;
        return new ScoreView(s.id, s.unitId, s.indicatorCode, node == null ? s.indicatorCode : node.name(),
                node == null ? IndicatorSource.MANUAL : node.source(), node == null || node.rule() == null ? null : node.rule().kind(),
                points, max, s.notApplicable,
                figure ? s.figure : null, figure ? s.figureNumerator : null, figure ? s.figureDenominator : null,
                figure ? s.figureSource : null, kind.kind(), kind.unit(), figure ? s.computedAt : null, rulePoints,
                self ? s.selfScore : null, self ? s.selfNote : null, self ? ids(s.selfFileIds) : List.of(),
                self ? s.selfByName : null, self ? s.selfAt : null,
                first ? s.firstScore : null, first ? s.firstReason : null, first ? s.firstByName : null, first ? s.firstAt : null,
                first && MarkRules.lostPoints(s.firstScore, points),
                reply ? s.replyText : null, reply ? ids(s.replyFileIds) : List.of(), reply ? s.replyByName : null,
                reply ? s.replyAt : null,
                fin ? s.finalScore : null, fin ? s.finalReason : null, fin ? s.finalByName : null, fin ? s.finalAt : null,
                fin && s.changedAfterPublication, s.version);
    }

    private static List<Long> ids(List<Long> ids) {
        return ids == null ? List.of() : ids;
    }
}
