package cn.lvzhi.cases.escalation;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of saving a 催督办规则. */
@Type("SaveEscalationRulePayload")
public record EscalationRulePayload(@NonNull EscalationRuleView rule) {
}
