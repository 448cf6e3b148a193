package cn.lvzhi.evaluation.sanding;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** A case filed since the round's period began under a list item of a cancelled or strengthened duty. */
@Type("DutyFollowUpCase")
public record FollowUpCase(@NonNull @Id Long id, @NonNull String code, @NonNull String title,
                           @NonNull OffsetDateTime reportedAt, @NonNull @Id Long itemId) {
}
