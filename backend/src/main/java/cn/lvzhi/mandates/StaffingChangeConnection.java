package cn.lvzhi.mandates;

import cn.lvzhi.common.PageInfo;
import cn.lvzhi.common.Paging;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of staffing history, newest first. */
@Type("StaffingChangeConnection")
public record StaffingChangeConnection(@NonNull List<@NonNull StaffingChangeEdge> edges, @NonNull PageInfo pageInfo,
                                       @NonNull int totalCount) {

    @Type("StaffingChangeEdge")
    public record StaffingChangeEdge(@NonNull String cursor, @NonNull StaffingChange node) {
    }

    static StaffingChangeConnection of(List<StaffingChange> rows, int size, long total) {
        var page = Paging.slice(rows, size, c -> String.valueOf(c.id), StaffingChangeEdge::new);
        return new StaffingChangeConnection(page.edges(), page.pageInfo(), Math.toIntExact(total));
    }
}
