package cn.lvzhi.cases;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of dispatches, oldest first. */
@Type("DispatchConnection")
public record DispatchConnection(@NonNull List<@NonNull DispatchEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    /** One edge of a dispatch connection. */
    @Type("DispatchEdge")
    public record DispatchEdge(@NonNull String cursor, @NonNull Dispatch node) {
    }
}
