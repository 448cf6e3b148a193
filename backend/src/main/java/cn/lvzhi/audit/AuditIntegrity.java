package cn.lvzhi.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of re-computing the audit trail's hash chain (审计链校验). */
@Type("AuditIntegrity")
public record AuditIntegrity(
        @NonNull @Description("true when every row's hash and link verify") boolean intact,
        @NonNull int checkedEvents,
        @Description("sequence number of the first row that fails, if any") Integer firstBrokenSeq) {
}
