package cn.lvzhi.tracking;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of establishment applications, newest first. */
@Type("EstablishmentApplicationConnection")
public record EstablishmentApplicationConnection(@NonNull List<@NonNull EstablishmentApplicationEdge> edges, @NonNull PageInfo pageInfo,
                                    @NonNull int totalCount) {

    @Type("EstablishmentApplicationEdge")
    public record EstablishmentApplicationEdge(@NonNull String cursor, @NonNull EstablishmentApplication node) {
    }
}
