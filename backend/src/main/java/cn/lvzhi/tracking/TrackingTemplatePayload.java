package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of saving an evaluation template. */
@Type("TrackingTemplatePayload")
public record TrackingTemplatePayload(@NonNull TrackingTemplate template) {
}
