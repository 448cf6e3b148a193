package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

/** Callbacks (webhooks) of the demo integration (the 12345 hotline's service account), registered through the API. */
public final class Webhooks {
    public static final String REGISTER = """
            mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { subscription { id url clientName createdAt } secret } }""";
    public static final String REMOVE = """
            mutation($i: RemoveWebhookInput!) { removeWebhook(input: $i) { removedId cancelledDeliveries } }""";
    public static final String SUBSCRIPTIONS = "query { webhookSubscriptions { id url } }";
    public static final String DELIVERIES = """
            query { webhookDeliveries(first: 100) { totalCount edges { node { id subscriptionId eventId caseId caseCode kind status
              attempts lastError lastStatusCode deliveredAt } } } }""";

    private Webhooks() {
    }

    /** Removes every callback of the integration, so tests never leave one behind. */
    public static void removeAll() {
        List<String> ids = Gql.data(Gql.as(Role.INTEGRATION, SUBSCRIPTIONS)).getList("data.webhookSubscriptions.id");
        ids.forEach(id -> Gql.data(Cases.call(Role.INTEGRATION, REMOVE, Map.of("id", id))));
    }

    /** The integration's only callback, to this URL: id and secret. */
    public static JsonPath only(String url) {
        removeAll();
        return Gql.data(Cases.call(Role.INTEGRATION, REGISTER, Map.of("url", url)));
    }
}
