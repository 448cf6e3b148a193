package cn.lvzhi.lists.comparisons;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of service items (cursor connection, by code). */
@Type("ServiceItemConnection")
public record ServiceItemConnection(@NonNull List<@NonNull ServiceItemEdge> edges, @NonNull PageInfo pageInfo,
                                    @NonNull int totalCount) {

    /** One edge of a service-item connection. */
    @Type("ServiceItemEdge")
    public record ServiceItemEdge(@NonNull String cursor, @NonNull ServiceItem node) {
    }
}
