package cn.lvzhi.org;

import cn.lvzhi.common.PageInfo;
import cn.lvzhi.common.Paging;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of units (cursor connection). */
@Type("UnitConnection")
public record UnitConnection(@NonNull List<@NonNull UnitEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    /** One edge of a unit connection. */
    @Type("UnitEdge")
    public record UnitEdge(@NonNull String cursor, @NonNull Unit node) {
    }

    /** Builds a page from up to {@code size + 1} rows: the extra row only tells that a next page exists. */
    static UnitConnection of(List<Unit> rows, int size, long total) {
        boolean more = rows.size() > size;
        List<UnitEdge> edges = rows.stream().limit(size).map(u -> new UnitEdge(Paging.encode(u.code), u)).toList();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new UnitConnection(edges, new PageInfo(more, end), Math.toIntExact(total));
    }
}
