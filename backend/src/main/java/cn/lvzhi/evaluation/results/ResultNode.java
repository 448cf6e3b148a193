package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.computations.FigureKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;

/** One indicator of a unit's breakdown (得分明细): its points for the unit's category, score, and for a leaf the why. */
@Type("EvaluationResultNode")
public record ResultNode(
        @NonNull String code,
        String parentCode,
        @NonNull int depth,
        @NonNull String name,
        @NonNull @Description("The indicator's points for the unit's category") BigDecimal points,
        @NonNull boolean applicable,
        @Description("The points counted; null when not applicable or not scored") BigDecimal score,
        @NonNull @Description("A parent whose children's sum exceeded its points") boolean capped,
        @NonNull boolean leaf,
        @Description("The scoring rule in words (leaves)") String rule,
        ScoringRuleKind ruleKind,
        BigDecimal figure,
        @Description("What the figure is (leaves): RATE in [0,1] shown as a percentage, COUNT shown with figureUnit, NUMBER")
        FigureKind figureKind,
        @Description("The unit of a COUNT figure: 次 (occurrences), 项 (items of a bonus)") String figureUnit,
        BigDecimal numerator,
        BigDecimal denominator,
        IndicatorSource source,
        String sourceBody,
        @Description("Why points were deducted or added: the final mark's reason, else the first mark's") String reason,
        @Id @Description("The score row (for evaluationEvidence of a computed figure)") Long scoreId,
        @Description("An imported figure's note") String figureNote,
        @Description("The counterpart's figure in the previous round, where comparable") BigDecimal previousFigure,
        @Description("The counterpart's score in the previous round, where comparable") BigDecimal previousScore) {
}
