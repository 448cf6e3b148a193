package cn.lvzhi.org;

import cn.lvzhi.common.PageInfo;
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
}
