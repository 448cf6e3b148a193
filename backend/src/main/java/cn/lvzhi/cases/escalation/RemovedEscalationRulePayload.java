package cn.lvzhi.cases.escalation;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of removing a 催督办规则. */
@Type("RemoveEscalationRulePayload")
public record RemovedEscalationRulePayload(@Id @NonNull Long removedId) {
}
