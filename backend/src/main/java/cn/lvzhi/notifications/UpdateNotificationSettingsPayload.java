package cn.lvzhi.notifications;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The caller's settings as saved, and the unread count they leave. */
@Type("UpdateNotificationSettingsPayload")
public record UpdateNotificationSettingsPayload(@NonNull NotificationSettings settings, @NonNull int unreadCount) {
}
