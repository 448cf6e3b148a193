package cn.lvzhi.cases.webhooks;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of the caller's callbacks, newest first. */
@Type("WebhookDeliveryConnection")
public record WebhookDeliveryConnection(@NonNull List<@NonNull WebhookDeliveryEdge> edges, @NonNull PageInfo pageInfo,
                                        @NonNull int totalCount) {

    @Type("WebhookDeliveryEdge")
    public record WebhookDeliveryEdge(@NonNull String cursor, @NonNull WebhookDelivery node) {
    }
}
