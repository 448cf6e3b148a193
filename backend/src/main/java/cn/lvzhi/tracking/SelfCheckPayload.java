package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of submitting a self-check: the round and the text kept. */
@Type("SelfCheckPayload")
public record SelfCheckPayload(@NonNull TrackingRound round, @NonNull String selfCheck) {
}
