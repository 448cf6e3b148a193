package cn.lvzhi.evaluation.results;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;

/** A unit's total on the dashboard's bar chart. */
@Type("EvaluationDashboardUnit")
public record DashboardUnit(@NonNull @Id Long unitId, @NonNull String unitName, BigDecimal total) {
}
