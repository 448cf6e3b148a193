package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of appealing a rating or deciding an appeal. */
@Type("AppealPayload")
public record AppealPayload(@NonNull Appeal appeal) {
}
