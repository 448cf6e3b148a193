package cn.lvzhi.common;

import org.eclipse.microprofile.graphql.NonNull;

/** Relay-style page information of a cursor connection. */
public record PageInfo(@NonNull boolean hasNextPage, String endCursor) {
}
