package cn.lvzhi.org;

import cn.lvzhi.common.ForbiddenException;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.CurrentActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;

/**
 * The {@link ScopedActor} of the current request, built once: the operation and each of its batched nested fields
 * ask for it, and it never changes within a request. For 科室 staff it also places their office (which must lie
 * below their unit). The unit's place comes from {@link UnitPlaces}, so a warm
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
            actor = currentActor.get().chain(a -> place(a, places)).memoize().indefinitely();
        }
        return actor;
    }

    /** The actor placed in the tree, with the units it acts for listed; FORBIDDEN for an office not below its unit. */
    public static Uni<ScopedActor> place(Actor a, UnitPlaces places) {
        return places.of(a.unitId()).chain(p -> a.officeId() == null
                        ? Uni.createFrom().item(ScopedActor.of(a, p.kind(), p.path(), p.regionPath()))
                        : places.of(a.officeId()).map(o -> inOffice(a, p, o)))
                .chain(s -> places.subtree(s.actingUnitId()).map(s::withActingUnits));
    }

    /** 科室 staff: the office must be an internal office below the token's unit, else the account gets nothing. */
    private static ScopedActor inOffice(Actor a, UnitPlaces.Place unit, UnitPlaces.Place office) {
        if (office.kind() != UnitKind.INTERNAL_OFFICE || !office.path().startsWith(unit.path()) || office.path().equals(unit.path())) {
            throw new ForbiddenException("账号绑定的科室不属于其单位，请联系管理员 (the account's office is not an office of its unit)");
        }
        return ScopedActor.inOffice(a, unit.kind(), unit.path(), unit.regionPath(), office.path());
    }
}
