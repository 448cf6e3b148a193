package cn.lvzhi.mandates;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of saving a duty (职责) of a unit's mandate. */
@Type("DutyPayload")
public record DutyPayload(@NonNull Duty duty) {
}
