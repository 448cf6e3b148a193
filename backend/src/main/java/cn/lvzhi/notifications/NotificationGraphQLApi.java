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

/** GraphQL entry for the notifications (站内通知) the caller hears, and their choice of kinds. Maps and delegates. */
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
    @Description("The notifications the caller hears (their unit's, or their office's), newest first, with the caller's"
            + " own read state and unread count (消息通知); kinds the caller muted are left out")
    public Uni<NotificationConnection> notifications(Boolean unreadOnly, Integer first, String after) {
        return currentActor.get().chain(actor -> service.page(actor, Boolean.TRUE.equals(unreadOnly), first, after));
    }

    @Mutation("markNotificationsRead")
    @NonNull
    @Description("Marks notifications read for the caller only (all unread ones when no ids are given)")
    public Uni<MarkNotificationsReadPayload> markNotificationsRead(MarkNotificationsReadInput input) {
        return currentActor.get().chain(actor -> service.markRead(actor, input));
    }

    @Query("notificationSettings")
    @NonNull
    @Description("Which kinds of notification the caller's bell shows (消息设置)")
    public Uni<NotificationSettings> notificationSettings() {
        return currentActor.get().chain(service::settings);
    }

    @Mutation("updateNotificationSettings")
    @NonNull
    @Description("Sets the kinds the caller does not receive; the caller's open bell follows at once")
    public Uni<UpdateNotificationSettingsPayload> updateNotificationSettings(@NonNull UpdateNotificationSettingsInput input) {
        return currentActor.get().chain(actor -> service.updateSettings(actor, input));
    }
}
