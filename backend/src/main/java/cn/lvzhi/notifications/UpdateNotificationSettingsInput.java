package cn.lvzhi.notifications;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The kinds the caller no longer wants in the bell; every other kind is received. */
@Input("UpdateNotificationSettingsInput")
public class UpdateNotificationSettingsInput {
    @NonNull
    @Description("The kinds not to receive (NotificationKindSetting.kind); empty receives every kind")
    public List<@NonNull String> mutedKinds;
}
