package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of planning, scoping or advancing a tracking round. */
@Type("TrackingRoundPayload")
public record TrackingRoundPayload(@NonNull TrackingRound round) {
}
