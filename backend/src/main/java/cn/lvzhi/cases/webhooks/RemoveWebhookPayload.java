package cn.lvzhi.cases.webhooks;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of removing a callback. */
@Type("RemoveWebhookPayload")
public record RemoveWebhookPayload(@Id @NonNull Long removedId, @NonNull int cancelledDeliveries) {
}
