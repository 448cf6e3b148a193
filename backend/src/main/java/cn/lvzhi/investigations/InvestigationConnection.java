package cn.lvzhi.investigations;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of investigations, newest first. */
@Type("InvestigationConnection")
public record InvestigationConnection(@NonNull List<@NonNull InvestigationEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    /** One edge of an investigation connection. */
    @Type("InvestigationEdge")
    public record InvestigationEdge(@NonNull String cursor, @NonNull Investigation node) {
    }
}
