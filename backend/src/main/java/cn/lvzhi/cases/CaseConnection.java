package cn.lvzhi.cases;

import cn.lvzhi.common.PageInfo;
import cn.lvzhi.common.Paging;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/**
 * A page of cases, newest first. Its count stops at {@link CaseReads#COUNT_CAP}: a city holds a million cases, and
 * counting every one a leader sees costs more than the page (large trackers show "10,000+" for the same reason).
 */
@Type("CaseConnection")
public record CaseConnection(@NonNull List<@NonNull CaseEdge> edges, @NonNull PageInfo pageInfo,
                             @Description("How many cases match: exact up to 10000; beyond, 10000 and totalCountCapped is true")
                             @NonNull int totalCount,
                             @Description("True when more cases match than totalCount says (at least 10001: shown as 10,000+)")
                             @NonNull boolean totalCountCapped) {

    /** The connection of up to {@code size + 1} rows whose count stopped at {@code COUNT_CAP + 1} (or was not asked). */
    static CaseConnection of(List<Case> rows, int size, long counted) {
        return Paging.connection(rows, size, Math.min(counted, CaseReads.COUNT_CAP), c -> String.valueOf(c.id), CaseEdge::new,
                (edges, pageInfo, total) -> new CaseConnection(edges, pageInfo, total, counted > CaseReads.COUNT_CAP));
    }

    /** One edge of a case connection. */
    @Type("CaseEdge")
    public record CaseEdge(@NonNull String cursor, @NonNull Case node) {
    }
}
