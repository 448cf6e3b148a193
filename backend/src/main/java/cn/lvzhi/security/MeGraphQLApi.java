package cn.lvzhi.security;

import cn.lvzhi.common.ApiErrors;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** GraphQL entry for the caller's own identity. */
@GraphQLApi
@Authenticated
@ApiErrors
public class MeGraphQLApi {
    private final CurrentActor currentActor;

    public MeGraphQLApi(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Query("me")
    @Description("The signed-in user or system (当前用户)")
    public Uni<@NonNull Me> me() {
        return currentActor.get().map(Me::of);
    }
}
