package cn.lvzhi.cases.escalation;

import cn.lvzhi.cases.escalation.inputs.RemoveEscalationRuleInput;
import cn.lvzhi.cases.escalation.inputs.SaveEscalationRuleInput;
import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.org.CurrentScopedActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** GraphQL entry for the 催督办规则 of the caller's district. Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class EscalationGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final EscalationSettingsService service;

    public EscalationGraphQLApi(CurrentScopedActor currentActor, EscalationSettingsService service) {
        this.currentActor = currentActor;
        this.service = service;
    }

    @Query("escalationSettings")
    @NonNull
    @Description("The 催督办规则 of the caller's district: its default and its rules per case category")
    public Uni<EscalationSettings> escalationSettings() {
        return currentActor.get().chain(service::settings);
    }

    @Mutation("saveEscalationRule")
    @NonNull
    @Description("The establishment office or the district command centre saves the district's default or a category's rule")
    public Uni<EscalationRulePayload> saveEscalationRule(@NonNull SaveEscalationRuleInput input) {
        return currentActor.get().chain(a -> service.save(a, input));
    }

    @Mutation("removeEscalationRule")
    @NonNull
    @Description("Removes a rule of the district: a category falls back to the district's default, the default to the inherited one")
    public Uni<RemovedEscalationRulePayload> removeEscalationRule(@NonNull RemoveEscalationRuleInput input) {
        return currentActor.get().chain(a -> service.remove(a, input));
    }
}
