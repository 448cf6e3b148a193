package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of a reminder. */
@Type("ReminderPayload")
public record ReminderPayload(@NonNull Reminder reminder) {
}
