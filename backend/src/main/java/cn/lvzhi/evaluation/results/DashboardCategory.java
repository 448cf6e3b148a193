package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationCategory;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.util.List;

/** The units of one category compared (同类单位对比), highest total first, with the category's average. */
@Type("EvaluationDashboardCategory")
public record DashboardCategory(@NonNull EvaluationCategory category, BigDecimal average,
                                @NonNull List<@NonNull DashboardUnit> units) {
}
