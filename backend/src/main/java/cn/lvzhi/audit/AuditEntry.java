package cn.lvzhi.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of the audit trail (审计记录) as it is read back: who did what to which entity, the snapshots before and
 * after, the row's place in the hash chain and whether its hash still verifies.
 */
@Type("AuditEntry")
public record AuditEntry(
        @NonNull int seq,
        @NonNull OffsetDateTime occurredAt,
        String actorName,
        @Description("the code of the actor's unit") String actorUnit,
        @NonNull String action,
        @NonNull String entityType,
        @NonNull String entityId,
        @Description("the snapshot before the change, as JSON text") String before,
        @Description("the snapshot after the change, as JSON text") String after,
        @NonNull String prevHash,
        @NonNull String hash,
        @NonNull @Description("the row's hash recomputes over its content and it links to the row before it")
        boolean hashValid,
        @NonNull @Description("the fields that differ between before and after (all fields of a creation)")
        List<@NonNull AuditFieldChange> changes) {
}
