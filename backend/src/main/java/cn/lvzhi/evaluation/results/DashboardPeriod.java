package cn.lvzhi.evaluation.results;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One round of the chain of previous rounds with its average total (periods compared, 历次对比). */
@Type("EvaluationDashboardPeriod")
public record DashboardPeriod(@NonNull @Id Long roundId, @NonNull String roundName, @NonNull LocalDate periodStart,
                              @NonNull LocalDate periodEnd, BigDecimal average, @NonNull int unitCount) {
}
