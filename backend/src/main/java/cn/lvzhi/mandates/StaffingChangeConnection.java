package cn.lvzhi.mandates;

import cn.lvzhi.common.PageInfo;
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
}
