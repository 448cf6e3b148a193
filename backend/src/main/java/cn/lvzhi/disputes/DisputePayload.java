package cn.lvzhi.disputes;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of recording a step of, escalating or resolving a dispute. */
@Type("DisputePayload")
public record DisputePayload(@NonNull Dispute dispute) {
}
