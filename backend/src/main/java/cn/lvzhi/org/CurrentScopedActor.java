package cn.lvzhi.org;

import cn.lvzhi.security.CurrentActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;

/**
 * The {@link ScopedActor} of the current request, built once: the operation and each of its batched nested fields
 * ask for it, and it never changes within a request. The unit's place comes from {@link UnitPlaces}, so a warm
 * request reads no SQL for it.
 */
@RequestScoped
public class CurrentScopedActor {
    private final CurrentActor currentActor;
    private final UnitPlaces places;
    private Uni<ScopedActor> actor;

    public CurrentScopedActor(CurrentActor currentActor, UnitPlaces places) {
        this.currentActor = currentActor;
        this.places = places;
    }

    public synchronized Uni<ScopedActor> get() {
        if (actor == null) {
            actor = currentActor.get().chain(a -> places.of(a.unitId())
                            .map(p -> ScopedActor.of(a, p.kind(), p.path(), p.regionPath())))
                    .memoize().indefinitely();
        }
        return actor;
    }
}
