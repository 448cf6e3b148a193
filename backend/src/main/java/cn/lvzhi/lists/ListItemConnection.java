package cn.lvzhi.lists;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of list items (cursor connection, by code). */
@Type("ListItemConnection")
public record ListItemConnection(@NonNull List<@NonNull ListItemEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    /** One edge of a list-item connection. */
    @Type("ListItemEdge")
    public record ListItemEdge(@NonNull String cursor, @NonNull ListItem node) {
    }
}
