package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ListKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A list item linked to a cancelled or strengthened duty, with its state and the cases under it since the round's period began. */
@Type("DutyFollowUpItem")
public record FollowUpItem(@NonNull @Id Long id, @NonNull ListKind kind, @NonNull String code, @NonNull String name,
                           @NonNull ItemStatus status,
                           @NonNull @Description("An approved ADD or CHANGE of the item was decided since the round's period began") boolean raisedSince,
                           @NonNull @Description("Cases filed under the item (category or legal basis) since the round's period began, to date") int casesSince) {
}
