package cn.lvzhi.cases.webhooks;

import cn.lvzhi.cases.webhooks.inputs.RegisterWebhookInput;
import cn.lvzhi.cases.webhooks.inputs.RemoveWebhookInput;
import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.security.CurrentActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** GraphQL entry for an integrated system's callbacks (webhooks) on the steps of its cases. Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class WebhookGraphQLApi {
    private final CurrentActor currentActor;
    private final WebhookService service;

    public WebhookGraphQLApi(CurrentActor currentActor, WebhookService service) {
        this.currentActor = currentActor;
        this.service = service;
    }

    @Mutation("registerWebhook")
    @NonNull
    @Description("An integrated system registers a callback URL for the steps of the cases it submitted; the secret is shown once")
    public Uni<RegisterWebhookPayload> registerWebhook(@NonNull RegisterWebhookInput input) {
        return currentActor.get().chain(a -> service.register(a, input));
    }

    @Query("webhookSubscriptions")
    @NonNull
    @Description("The caller's callback URLs")
    public Uni<List<@NonNull WebhookSubscription>> webhookSubscriptions() {
        return currentActor.get().chain(service::subscriptions);
    }

    @Mutation("removeWebhook")
    @NonNull
    @Description("Removes one of the caller's callbacks and cancels its pending deliveries")
    public Uni<RemoveWebhookPayload> removeWebhook(@NonNull RemoveWebhookInput input) {
        return currentActor.get().chain(a -> service.remove(a, input));
    }

    @Query("webhookDeliveries")
    @NonNull
    @Description("The deliveries of the caller's callbacks, newest first (first: 1..200, default 50)")
    public Uni<WebhookDeliveryConnection> webhookDeliveries(Integer first, String after) {
        return currentActor.get().chain(a -> service.deliveries(a, first, after));
    }
}
