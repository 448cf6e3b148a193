package cn.lvzhi.cases;

import cn.lvzhi.security.CurrentActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;

/**
 * The {@link CaseActor} of the current request, built once: the query and each of its batched nested fields ask
 * for it, and it never changes within a request.
 */
@RequestScoped
public class CurrentCaseActor {
    private final CurrentActor currentActor;
    private final CaseActors actors;
    private Uni<CaseActor> actor;

    public CurrentCaseActor(CurrentActor currentActor, CaseActors actors) {
        this.currentActor = currentActor;
        this.actors = actors;
    }

    public synchronized Uni<CaseActor> get() {
        if (actor == null) {
            actor = currentActor.get().chain(actors::of).memoize().indefinitely();
        }
        return actor;
    }
}
