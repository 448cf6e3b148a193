package cn.lvzhi.mandates;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of removing a duty: the id it had. */
@Type("RemoveDutyPayload")
public record RemoveDutyPayload(@NonNull @Id Long removedId) {
}
