package cn.lvzhi.cases.stats;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** The question a statistics query asks: the grouping, the period of report times and optionally an area. */
@Input("CaseStatisticsInput")
public class CaseStatisticsInput {
    @NonNull
    public StatisticsGroupBy groupBy;
    @NonNull
    @Description("Cases reported at or after this time")
    public OffsetDateTime from;
    @NonNull
    @Description("Cases reported before this time")
    public OffsetDateTime to;
    @Id
    @Description("Only cases lying in this unit (a township, say) or below it")
    public Long areaUnitId;
    @Description("The fewest ratings a group needs to be ranked (1..1000, default 5)")
    public Integer minSample;
}
