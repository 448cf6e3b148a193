package cn.lvzhi.notifications;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.security.CurrentActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** GraphQL entry for the notifications (站内通知) of the caller's unit. Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class NotificationGraphQLApi {
    private final CurrentActor currentActor;
    private final NotificationService service;

    public NotificationGraphQLApi(CurrentActor currentActor, NotificationService service) {
        this.currentActor = currentActor;
        this.service = service;
    }

    @Query("notifications")
    @NonNull
    @Description("The notifications of the caller's unit, newest first, with the unread count (消息通知)")
    public Uni<NotificationConnection> notifications(Boolean unreadOnly, Integer first, String after) {
        return currentActor.get().chain(actor -> service.page(actor, Boolean.TRUE.equals(unreadOnly), first, after));
    }

    @Mutation("markNotificationsRead")
    @NonNull
    @Description("Marks notifications of the caller's unit read (all unread ones when no ids are given)")
    public Uni<MarkNotificationsReadPayload> markNotificationsRead(MarkNotificationsReadInput input) {
        return currentActor.get().chain(actor -> service.markRead(actor, input));
    }
}
