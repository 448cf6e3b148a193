package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.computations.FigureKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A score row as one viewer may read it (评分记录): the stages {@link ScoreVisibility} withholds from the viewer are
 * null (lists empty), with the indicator's name, points and rule from the round's scheme for the unit's category.
 */
@Type("EvaluationScore")
@Description("A leaf indicator's score of one unit in a round; stages the caller may not read are null")
public record ScoreView(@NonNull @Id Long id, @NonNull @Id Long unitId, @NonNull String indicatorCode,
                        @NonNull String indicatorName, @NonNull IndicatorSource source, ScoringRuleKind ruleKind,
                        @NonNull @Description("The indicator's points for the unit's category") BigDecimal points,
                        @NonNull @Description("The most a mark may give (a bonus rule's cap when higher)") BigDecimal maxPoints,
                        @NonNull boolean notApplicable,
                        BigDecimal figure, BigDecimal figureNumerator, BigDecimal figureDenominator, IndicatorSource figureSource,
                        @NonNull @Description("What the figure is: RATE in [0,1] shown as a percentage, COUNT shown with figureUnit, NUMBER")
                        FigureKind figureKind,
                        @Description("The unit of a COUNT figure: 次 (occurrences), 项 (items of a bonus)") String figureUnit,
                        OffsetDateTime computedAt,
                        @Description("What the scoring rule gives for the figure") BigDecimal rulePoints,
                        BigDecimal selfScore, String selfNote, @NonNull @Id List<@NonNull Long> selfFileIds, String selfByName,
                        OffsetDateTime selfAt,
                        BigDecimal firstScore, String firstReason, String firstByName, OffsetDateTime firstAt,
                        @Description("The first mark took points off (the unit may reply)") boolean lostPoints,
                        String replyText, @NonNull @Id List<@NonNull Long> replyFileIds, String replyByName,
                        OffsetDateTime replyAt,
                        BigDecimal finalScore, String finalReason, String finalByName, OffsetDateTime finalAt,
                        @NonNull boolean changedAfterPublication, @NonNull int version) {
}
