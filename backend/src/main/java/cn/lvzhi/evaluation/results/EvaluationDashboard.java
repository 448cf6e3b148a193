package cn.lvzhi.evaluation.results;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The leaders' dashboard of a round (评估看板): units compared within category, periods compared, weakest indicators. */
@Type("EvaluationDashboard")
public record EvaluationDashboard(@NonNull @Id Long roundId, @NonNull String roundName, @NonNull boolean provisional,
                                  @NonNull List<@NonNull DashboardCategory> categories,
                                  @NonNull List<@NonNull DashboardPeriod> periods,
                                  @NonNull List<@NonNull WeakIndicator> weakest) {
}
