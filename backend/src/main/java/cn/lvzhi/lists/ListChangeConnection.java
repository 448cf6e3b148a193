package cn.lvzhi.lists;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of proposals, newest first (审核队列). */
@Type("ListChangeConnection")
public record ListChangeConnection(@NonNull List<@NonNull ListChangeEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    /** One edge of a proposal connection. */
    @Type("ListChangeEdge")
    public record ListChangeEdge(@NonNull String cursor, @NonNull ListChange node) {
    }
}
