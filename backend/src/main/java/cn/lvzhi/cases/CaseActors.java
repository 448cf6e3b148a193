package cn.lvzhi.cases;

import cn.lvzhi.org.UnitReads;
import cn.lvzhi.org.UnitScopes;
import cn.lvzhi.security.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds the {@link CaseActor} of a request: the actor's unit kind, unit path, region and command area. */
@ApplicationScoped
public class CaseActors {
    private final UnitReads units;
    private final UnitScopes scopes;

    public CaseActors(UnitReads units, UnitScopes scopes) {
        this.units = units;
        this.scopes = scopes;
    }

    public Uni<CaseActor> of(Actor actor) {
        return units.byId(actor.unitId()).chain(unit -> scopes.of(actor)
                .map(scope -> CaseActor.of(actor, unit.kind, scope.unitPath(), scope.regionPath())));
    }
}
