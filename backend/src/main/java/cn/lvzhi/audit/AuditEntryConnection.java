package cn.lvzhi.audit;

import cn.lvzhi.common.PageInfo;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A page of one entity's audit history, oldest first. */
@Type("AuditEntryConnection")
public record AuditEntryConnection(@NonNull List<@NonNull AuditEntryEdge> edges, @NonNull PageInfo pageInfo,
                                   @NonNull int totalCount) {

    /** One edge of an audit history. */
    @Type("AuditEntryEdge")
    public record AuditEntryEdge(@NonNull String cursor, @NonNull AuditEntry node) {
    }
}
