package cn.lvzhi.notifications;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;
import java.util.Set;

/** One person's choice of what their bell shows (消息设置): every kind, on unless they turned it off. */
@Type("NotificationSettings")
public record NotificationSettings(@NonNull List<@NonNull NotificationKindSetting> kinds) {

    /** A kind of notification and whether the person receives it. */
    @Type("NotificationKindSetting")
    public record NotificationKindSetting(@NonNull @Description("e.g. CASE_DISPATCHED") String kind, @NonNull boolean enabled) {
    }

    static NotificationSettings of(Set<String> muted) {
        return new NotificationSettings(NotificationKind.ALL.stream()
                .map(kind -> new NotificationKindSetting(kind, !muted.contains(kind))).toList());
    }
}
