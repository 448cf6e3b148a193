package cn.lvzhi.lists;

import cn.lvzhi.common.PageInfo;
import cn.lvzhi.common.Paging;
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

    static ListItemConnection of(List<ListItem> rows, int size, long total) {
        var page = Paging.slice(rows, size, i -> i.code, ListItemEdge::new);
        return new ListItemConnection(page.edges(), page.pageInfo(), Math.toIntExact(total));
    }
}
