package cn.lvzhi.audit;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.security.CurrentActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

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

    @Name("firstBroken")
    @Description("the row the check found broken, if any")
    public Uni<AuditEntry> firstBroken(@Source AuditIntegrity integrity) {
        return audit.firstBroken(integrity);
    }

    @Query("auditHistory")
    @Description("One entity's audit rows, oldest first, each with what changed (编办, 纪委监委; an investigation's: 纪委监委)")
    public Uni<@NonNull AuditEntryConnection> auditHistory(
            @NonNull @Name("entityType") @Description("the entity's type as the trail names it, e.g. Case, Dispatch, Unit")
            String entityType,
            @NonNull @Name("entityId") String entityId, @Name("first") Integer first, @Name("after") String after) {
        return currentActor.get().chain(actor -> audit.history(actor, entityType, entityId, first, after));
    }

    @Query("auditEntityTypes")
    @Description("The kinds of entity the audit trail holds rows about (编办, 纪委监委)")
    public Uni<@NonNull List<@NonNull String>> auditEntityTypes() {
        return currentActor.get().chain(audit::entityTypes);
    }
}
