package cn.lvzhi.investigations;

import cn.lvzhi.common.PageInfo;
import cn.lvzhi.common.Paging;
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

    static InvestigationConnection of(List<Investigation> rows, int size, long total) {
        var page = Paging.slice(rows, size, i -> String.valueOf(i.id), InvestigationEdge::new);
        return new InvestigationConnection(page.edges(), page.pageInfo(), Math.toIntExact(total));
    }
}
