package cn.lvzhi.tracking;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of establishment matters, ordered by id. */
@Type("EstablishmentMatterConnection")
public record EstablishmentMatterConnection(@NonNull List<@NonNull EstablishmentMatterEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    @Type("EstablishmentMatterEdge")
    public record EstablishmentMatterEdge(@NonNull String cursor, @NonNull EstablishmentMatter node) {
    }
}
