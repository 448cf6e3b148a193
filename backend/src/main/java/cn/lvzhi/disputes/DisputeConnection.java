package cn.lvzhi.disputes;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of disputes, newest first. */
@Type("DisputeConnection")
public record DisputeConnection(@NonNull List<@NonNull DisputeEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    /** One edge of a dispute connection. */
    @Type("DisputeEdge")
    public record DisputeEdge(@NonNull String cursor, @NonNull Dispute node) {
    }
}
