package cn.lvzhi.org;

import cn.lvzhi.security.UnitIds;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where each unit stands in the tree (its kind, path and region), read with one statement and kept across requests:
 * every request needs its actor's place, and the API never moves a unit or changes its kind or code (an update
 * touches name, category and credit code only). Whatever comes to change the tree calls {@link #forgetAll}; an
 * entry also expires after {@link #TTL}, so a change made outside the API (a migration, an administrator's SQL) is
 * seen within that time.
 */
@ApplicationScoped
public class UnitPlaces {
    /** How long a place is trusted without being read again. */
    static final Duration TTL = Duration.ofMinutes(5);

    /** A unit's kind, tree path and region path ({@code null} region: no government at or above it). */
    public record Place(UnitKind kind, String path, String regionPath) {
    }

    /** A township: its id and tree path. */
    public record Township(long id, String path) {
    }

    private static final String PLACE = """
            SELECT u.kind, u.path,
                   (SELECT r.path FROM unit r
                     WHERE r.kind = 'REGION_GOVERNMENT' AND u.path LIKE r.path || '%'
                     ORDER BY r.depth DESC LIMIT 1) AS region_path
              FROM unit u WHERE u.id = $1""";

    private static final String SUBTREE = """
            SELECT u.id FROM unit u, unit top
             WHERE top.id = $1 AND u.path LIKE top.path || '%' ORDER BY u.id""";

    private static final String TOWNSHIP = """
            SELECT u.id, u.path FROM unit u
             WHERE u.kind = 'TOWNSHIP' AND $1 LIKE u.path || '%' ORDER BY u.depth DESC LIMIT 1""";

    private final Pool pool;
    private final UnitIds unitIds;
    private final UnitReads units;
    private final Kept<Long, Place> places = new Kept<>();
    private final Kept<Long, List<Long>> subtrees = new Kept<>();
    /** The innermost township at or above each path asked (a null township: none). */
    private final Kept<String, Township> townships = new Kept<>();

    public UnitPlaces(Pool pool, UnitIds unitIds, UnitReads units) {
        this.pool = pool;
        this.unitIds = unitIds;
        this.units = units;
    }

    /** The place of the unit; fails with {@link IllegalStateException} when it does not exist (the actor checks that). */
    public Uni<Place> of(long unitId) {
        return places.get(unitId, id -> pool.preparedQuery(PLACE).execute(Tuple.of(id)).map(rows -> {
            var it = rows.iterator();
            if (!it.hasNext()) {
                throw new IllegalStateException("unit " + id + " vanished");
            }
            Row row = it.next();
            return new Place(UnitKind.valueOf(row.getString("kind")), row.getString("path"), row.getString("region_path"));
        }));
    }

    /**
     * The ids of the unit and of every unit below it (its offices, a township's grids), kept like the places: a
     * party's cases are found through the indexes on unit ids, which a path pattern cannot use in a prepared plan.
     */
    public Uni<List<Long>> subtree(long unitId) {
        return subtrees.get(unitId, id -> pool.preparedQuery(SUBTREE).execute(Tuple.of(id)).map(rows -> {
            List<Long> ids = new ArrayList<>();
            rows.forEach(r -> ids.add(r.getLong(0)));
            return List.copyOf(ids);
        }));
    }

    /**
     * The innermost township at or above the unit at {@code path} (null: none), where a case that unit reports lies
     * unless it names one: every report asks, and the answer only changes with the tree.
     */
    public Uni<Township> townshipAround(String path) {
        return townships.get(path, p -> pool.preparedQuery(TOWNSHIP).execute(Tuple.of(p)).map(rows -> {
            var it = rows.iterator();
            if (!it.hasNext()) {
                return null;
            }
            Row row = it.next();
            return new Township(row.getLong("id"), row.getString("path"));
        }));
    }

    /** Forgets every place, unit code and kept unit: the tree changed (a unit created, renamed, re-coded or moved). */
    public void forgetAll() {
        places.clear();
        subtrees.clear();
        townships.clear();
        unitIds.forgetAll();
        units.forgetAll();
    }

    /** Values read from the tree, each kept for {@link #TTL} or until {@link #forgetAll} (a null value too). */
    private static final class Kept<K, V> {
        private record Entry<V>(V value, long readAt) {
        }

        private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

        /** The kept value of the key, else what {@code read} reads, kept from now on (a failed read is not kept). */
        Uni<V> get(K key, Function<K, Uni<V>> read) {
            Entry<V> cached = entries.get(key);
            long now = System.nanoTime();
            if (cached != null && now - cached.readAt() < TTL.toNanos()) {
                return Uni.createFrom().item(cached.value());
            }
            return read.apply(key).invoke(value -> entries.put(key, new Entry<>(value, now)));
        }

        void clear() {
            entries.clear();
        }
    }
}
