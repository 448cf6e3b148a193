package cn.lvzhi.cases.escalation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.util.List;

/** A district's 催督办规则: its default (or the inherited one) and its rules per case category. */
@Type("EscalationSettings")
public record EscalationSettings(@Id @NonNull Long regionUnitId, @NonNull String regionName,
                                 @NonNull @Description("The district's default, or the inherited one when it has none") EscalationRuleView districtDefault,
                                 @NonNull List<@NonNull EscalationRuleView> categoryRules,
                                 @NonNull @Description("Hops dispatched from this moment are escalated") OffsetDateTime inForceSince) {
}
