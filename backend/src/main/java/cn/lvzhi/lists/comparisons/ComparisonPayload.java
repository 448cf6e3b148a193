package cn.lvzhi.lists.comparisons;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of running a comparison: the stored report. */
@Type("ComparisonPayload")
public record ComparisonPayload(@NonNull ListComparison comparison) {
}
