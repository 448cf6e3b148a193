package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.IndicatorSource;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.util.List;

/**
 * One node of a scheme (方面 → 指标 → 子指标) as stored. Leaves carry a data source and a scoring rule (and, when
 * COMPUTED, the computation with its parameters); parents only their points, which cap their children's sum.
 *
 * @param code              stable within the scheme (score rows point at it), e.g. {@code A1.2}
 * @param parentCode        null for a top-level aspect
 * @param points            default weight; {@code pointsByCategory} overrides it for a category (differentiated weights)
 * @param categories        the categories it applies to; empty = all. For a unit of another category it is not
 *                          applicable (never 0)
 * @param sourceBody        for IMPORTED: the body that supplies the figure (纪委监委, 组织部, 宣传部, 12345…)
 * @param previousCode      the counterpart in last year's scheme, if any
 * @param comparable        whether results may be compared with that counterpart
 */
public record IndicatorNode(String code, String parentCode, String name, String description, BigDecimal points,
                            List<CategoryPoints> pointsByCategory, List<EvaluationCategory> categories,
                            IndicatorSource source, String sourceBody, ScoringRule rule, ComputationRef computation,
                            String previousCode, boolean comparable) {
    public IndicatorNode {
        pointsByCategory = pointsByCategory == null ? List.of() : List.copyOf(pointsByCategory);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Whether the indicator applies to a unit of this category. */
    public boolean appliesTo(EvaluationCategory category) {
        return categories.isEmpty() || categories.contains(category);
    }

    /** The indicator's weight for a unit of this category. */
    public BigDecimal pointsFor(EvaluationCategory category) {
        return pointsByCategory.stream().filter(p -> p.category() == category).map(CategoryPoints::points).findFirst()
                .orElse(points);
    }

    /** A weight that differs by category. */
    @Type("IndicatorCategoryPoints")
    public record CategoryPoints(@NonNull EvaluationCategory category, @NonNull BigDecimal points) {
    }
}
