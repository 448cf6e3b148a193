package cn.lvzhi.cases.stats;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.util.List;

/** The answer of a statistics query: one row per group, ordered by key, and the totals over the whole scope. */
@Type("CaseStatistics")
public record CaseStatistics(@NonNull StatisticsGroupBy groupBy, @NonNull OffsetDateTime from, @NonNull OffsetDateTime to,
                             int minSample, @NonNull List<@NonNull StatisticsGroup> groups, @NonNull StatisticsGroup totals) {
}
