package cn.lvzhi.cases;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of rating a dispatch. */
@Type("RatingPayload")
public record RatingPayload(@NonNull Rating rating) {
}
