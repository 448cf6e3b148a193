package cn.lvzhi.cases.webhooks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of registering a callback: the subscription and its signing secret, shown this once only. */
@Type("RegisterWebhookPayload")
public record RegisterWebhookPayload(@NonNull WebhookSubscription subscription,
                                     @NonNull @Description("The HMAC-SHA256 key of the X-Lvzhi-Signature header; shown only now") String secret) {
}
