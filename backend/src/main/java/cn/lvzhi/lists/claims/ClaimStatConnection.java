package cn.lvzhi.lists.claims;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of per-unit claim statistics (cursor connection, by unit code). */
@Type("ClaimStatConnection")
public record ClaimStatConnection(@NonNull List<@NonNull ClaimStatEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    /** One edge of a claim-statistics connection. */
    @Type("ClaimStatEdge")
    public record ClaimStatEdge(@NonNull String cursor, @NonNull ClaimStat node) {
    }
}
