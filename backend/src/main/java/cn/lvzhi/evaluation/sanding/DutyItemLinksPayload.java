package cn.lvzhi.evaluation.sanding;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The list items linked to a duty after the change. */
@Type("DutyItemLinksPayload")
public record DutyItemLinksPayload(@NonNull @Id Long dutyId, @NonNull @Id List<@NonNull Long> itemIds) {
}
