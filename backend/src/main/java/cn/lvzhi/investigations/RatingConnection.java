package cn.lvzhi.investigations;

import cn.lvzhi.cases.Rating;
import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of ratings, newest first. */
@Type("RatingConnection")
public record RatingConnection(@NonNull List<@NonNull RatingEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    /** One edge of a rating connection. */
    @Type("RatingEdge")
    public record RatingEdge(@NonNull String cursor, @NonNull Rating node) {
    }
}
