package cn.lvzhi.cases;

import cn.lvzhi.common.PageInfo;
import cn.lvzhi.common.Paging;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of cases, newest first. */
@Type("CaseConnection")
public record CaseConnection(@NonNull List<@NonNull CaseEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {

    /** One edge of a case connection. */
    @Type("CaseEdge")
    public record CaseEdge(@NonNull String cursor, @NonNull Case node) {
    }

    static CaseConnection of(List<Case> rows, int size, long total) {
        var page = Paging.slice(rows, size, c -> String.valueOf(c.id), CaseEdge::new);
        return new CaseConnection(page.edges(), page.pageInfo(), Math.toIntExact(total));
    }
}
