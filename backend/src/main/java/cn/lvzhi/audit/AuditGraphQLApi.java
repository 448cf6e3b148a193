package cn.lvzhi.audit;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.security.CurrentActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** GraphQL entry for the audit trail (审计记录). Maps and delegates; the service applies the audit policy. */
@GraphQLApi
@Authenticated
@ApiErrors
public class AuditGraphQLApi {
    private final CurrentActor currentActor;
    private final AuditService audit;

    public AuditGraphQLApi(CurrentActor currentActor, AuditService audit) {
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Query("auditIntegrity")
    @Description("Re-computes the audit trail's hash chain (编办, 纪委监委, 领导)")
    public Uni<@NonNull AuditIntegrity> auditIntegrity() {
        return currentActor.get().chain(audit::verifyChain);
    }
}
