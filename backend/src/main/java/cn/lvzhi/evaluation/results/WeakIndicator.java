package cn.lvzhi.evaluation.results;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;

/** An indicator on which the region's units earn least (薄弱指标): average share of its points earned, × 100. */
@Type("EvaluationWeakIndicator")
public record WeakIndicator(@NonNull String code, @NonNull String name,
                            @NonNull @Description("Points earned ÷ points, × 100, over the units it applies to") BigDecimal averageShare,
                            @NonNull @Description("Units scored on it") int units) {
}
