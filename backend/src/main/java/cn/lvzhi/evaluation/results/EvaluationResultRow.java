package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationCategory;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;

/** One unit's result in a round (单位评估结果): its normalised total, rank within its category and change. */
@Type("EvaluationResultRow")
public record EvaluationResultRow(
        @NonNull @Id Long unitId,
        @NonNull String unitCode,
        @NonNull String unitName,
        @NonNull EvaluationCategory category,
        @Description("Earned ÷ applicable points × 100 (综合得分); null when nothing applies") BigDecimal total,
        @NonNull BigDecimal earned,
        @NonNull BigDecimal applicable,
        @NonNull @Description("False while an applicable indicator has no score yet") boolean complete,
        @Description("Rank within the category (1, 2, 2, 4); null when unranked") Integer rank,
        @Description("Why the unit is not ranked (category below the minimum sample, not published yet…)") String unrankedReason,
        @Description("The unit's total in the previous round, when visible") BigDecimal previousTotal,
        @Description("Change of the earned share (× 100) over the comparable indicators (同口径)") BigDecimal change,
        @NonNull @Description("How many comparable indicators the change is measured over") int comparedIndicators,
        @NonNull @Description("Whether the change could be measured, and if not why") EvaluationComparison comparison) {
}
