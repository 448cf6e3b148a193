package cn.lvzhi.evaluation.sanding;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One department of a round with its 三定 findings counted. */
@Type("SandingUnitSummary")
public record SandingUnitSummary(@NonNull @Id Long unitId, @NonNull String unitCode, @NonNull String unitName,
                                 @NonNull SandingCounts counts) {
}
