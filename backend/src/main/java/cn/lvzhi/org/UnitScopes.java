package cn.lvzhi.org;

import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.security.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where an actor stands in the tree, for the policies of every feature: the path of its own unit (its unit and
 * offices below it) and of its region (the nearest government at or above it — what an establishment office serves).
 */
@ApplicationScoped
public class UnitScopes {
    /** Tree paths of an actor's unit and region ({@code null} region: no government above it). */
    public record UnitScope(String unitPath, String regionPath) {
        /** True when the unit with this path lies at or below the actor's own unit. */
        public boolean ownsPath(String path) {
            return path != null && path.startsWith(unitPath);
        }

        /** True when the unit with this path lies inside the actor's region. */
        public boolean regionHolds(String path) {
            return regionPath != null && path != null && path.startsWith(regionPath);
        }
    }

    private final ReadSessions reads;

    public UnitScopes(ReadSessions reads) {
        this.reads = reads;
    }

    public Uni<UnitScope> of(Actor actor) {
        return reads.read(s -> s.get(Unit.class, actor.unitId()).chain(own -> s.createSelectionQuery(
                        "from Unit u where u.kind = :kind and :path like concat(u.path, '%') order by u.depth desc", Unit.class)
                .setParameter("kind", UnitKind.REGION_GOVERNMENT)
                .setParameter("path", own.path)
                .setMaxResults(1)
                .getResultList()
                .map(regions -> new UnitScope(own.path, regions.isEmpty() ? null : regions.get(0).path))));
    }

    /** The tree paths of the given units, by id. */
    public Uni<java.util.Map<Long, String>> pathsOf(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(java.util.Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("select u.id, u.path from Unit u where u.id in :ids", Object[].class)
                .setParameter("ids", unitIds).getResultList()
                .map(rows -> {
                    java.util.Map<Long, String> paths = new java.util.HashMap<>();
                    rows.forEach(r -> paths.put((Long) r[0], (String) r[1]));
                    return paths;
                }));
    }
}
