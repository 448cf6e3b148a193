package cn.lvzhi.notifications;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.util.List;

/** Which notifications of the caller's unit to mark read; all unread ones when no ids are given. */
@Input("MarkNotificationsReadInput")
public class MarkNotificationsReadInput {
    @Description("The notifications to mark; absent or empty marks every unread one")
    @Id
    public List<Long> ids;
}
