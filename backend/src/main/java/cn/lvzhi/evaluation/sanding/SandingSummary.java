package cn.lvzhi.evaluation.sanding;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A round's 三定 findings: per department the caller sees (with duties in its mandate), and for the whole region. */
@Type("SandingSummary")
public record SandingSummary(@NonNull List<@NonNull SandingUnitSummary> units,
                             @Description("The region's totals; 编办 and leaders only") SandingCounts region) {
}
