package cn.lvzhi.tracking;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of tracking rounds, ordered by id. */
@Type("TrackingRoundConnection")
public record TrackingRoundConnection(@NonNull List<@NonNull TrackingRoundEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    @Type("TrackingRoundEdge")
    public record TrackingRoundEdge(@NonNull String cursor, @NonNull TrackingRound node) {
    }
}
