package cn.lvzhi.org;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of a unit mutation. */
@Type("UnitPayload")
public record UnitPayload(@NonNull Unit unit) {
}
