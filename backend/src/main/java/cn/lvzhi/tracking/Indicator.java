package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One weighted indicator of a template (问效指标): its code is stable so scores keep pointing at it. */
@Type("TrackingIndicator")
public record Indicator(@NonNull String code, @NonNull String name, @NonNull int points, @NonNull IndicatorMethod method,
                        @NonNull @Description("评分标准 (scoring guidance)") String guidance) {
}
