package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of requiring or recording a rectification. */
@Type("RectificationPayload")
public record RectificationPayload(@NonNull RectificationRecord rectification) {
}
