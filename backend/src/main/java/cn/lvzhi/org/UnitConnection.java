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

    /** Builds a page from up to {@code size + 1} rows ordered by code. */
    static UnitConnection of(List<Unit> rows, int size, long total) {
        var page = Paging.slice(rows, size, u -> u.code, UnitEdge::new);
        return new UnitConnection(page.edges(), page.pageInfo(), Math.toIntExact(total));
    }
}
