package cn.lvzhi.cases;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.org.CurrentScopedActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** GraphQL entry for the 待办 queue: the case work waiting for the caller's unit (or 科室). Maps and delegates. */
@GraphQLApi
@Authenticated
@ApiErrors
public class TodoGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final TodoReads reads;

    public TodoGraphQLApi(CurrentScopedActor currentActor, TodoReads reads) {
        this.currentActor = currentActor;
        this.reads = reads;
    }

    @Query("myTodo")
    @NonNull
    @Description("The caller's 待办 across cases: dispatches to sign for and to reply to, replies to rate, appeals to decide,"
            + " cases to accept and to dispatch — of its unit, or of its 科室 when the token names one; overdue first, then the"
            + " nearest deadline (kinds: all when empty; first: 1..200, default 50)")
    public Uni<TodoConnection> myTodo(List<TodoKind> kinds, Integer first, String after) {
        return currentActor.get().chain(a -> reads.queue(a, kinds, first, after));
    }
}
