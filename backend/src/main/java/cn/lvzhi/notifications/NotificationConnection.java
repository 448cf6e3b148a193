package cn.lvzhi.notifications;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of the caller's unit's notifications, newest first. */
@Type("NotificationConnection")
public record NotificationConnection(@NonNull List<@NonNull NotificationEdge> edges, @NonNull PageInfo pageInfo,
                                     @NonNull int totalCount,
                                     @NonNull @Description("Unread notifications of the unit, whatever the filter") int unreadCount) {

    @Type("NotificationEdge")
    public record NotificationEdge(@NonNull String cursor, @NonNull Notification node) {
    }
}
