package cn.lvzhi.cases;

import cn.lvzhi.common.PageInfo;
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
}
