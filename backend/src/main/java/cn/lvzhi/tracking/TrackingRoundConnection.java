package cn.lvzhi.tracking;

import cn.lvzhi.common.PageInfo;
import cn.lvzhi.common.Paging;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of tracking rounds, ordered by id. */
@Type("TrackingRoundConnection")
public record TrackingRoundConnection(@NonNull List<@NonNull TrackingRoundEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    @Type("TrackingRoundEdge")
    public record TrackingRoundEdge(@NonNull String cursor, @NonNull TrackingRound node) {
    }

    static TrackingRoundConnection of(List<TrackingRound> rows, int size, long total) {
        var page = Paging.slice(rows, size, r -> String.valueOf(r.id), TrackingRoundEdge::new);
        return new TrackingRoundConnection(page.edges(), page.pageInfo(), Math.toIntExact(total));
    }
}
