package cn.lvzhi.cases;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of the caller's 待办 queue, overdue first, then nearest deadline; with the counts per kind. */
@Type("TodoConnection")
public record TodoConnection(@NonNull List<@NonNull TodoEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount,
                             @Description("Per kind asked for, in the order of TodoKind: items and overdue items")
                             @NonNull List<@NonNull TodoCount> counts) {

    /** One edge of the 待办 queue. */
    @Type("TodoEdge")
    public record TodoEdge(@NonNull String cursor, @NonNull TodoItem node) {
    }
}
