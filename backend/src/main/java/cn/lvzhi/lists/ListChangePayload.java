package cn.lvzhi.lists;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of a list-change mutation. */
@Type("ListChangePayload")
public record ListChangePayload(@NonNull ListChange change) {
}
