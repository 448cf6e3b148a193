package cn.lvzhi.notifications;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** How many notifications were newly marked read, and how many remain unread. */
@Type("MarkNotificationsReadPayload")
public record MarkNotificationsReadPayload(@NonNull int marked, @NonNull int unreadCount) {
}
