package cn.lvzhi.lists.claims;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of recording an inspection. */
@Type("InspectionPayload")
public record InspectionPayload(@NonNull InspectionRecord inspection) {
}
