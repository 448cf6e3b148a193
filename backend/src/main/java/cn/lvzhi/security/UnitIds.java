package cn.lvzhi.security;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unit id behind a token's {@code unit} claim (a unit code), kept across requests: every request needs it and
 * codes change a few times a year. The organisation service forgets everything when it changes the tree; an entry
 * also expires after {@link #TTL}. An unknown code is never kept, so a unit created later is found at once.
 */
@ApplicationScoped
public class UnitIds {
    static final Duration TTL = Duration.ofMinutes(5);

    private record Entry(long id, long readAt) {
    }

    private final Pool pool;
    private final Map<String, Entry> ids = new ConcurrentHashMap<>();

    public UnitIds(Pool pool) {
        this.pool = pool;
    }

    /** The id of the unit with this code, empty when there is none. */
    public Uni<Optional<Long>> of(String code) {
        Entry cached = ids.get(code);
        long now = System.nanoTime();
        if (cached != null && now - cached.readAt() < TTL.toNanos()) {
            return Uni.createFrom().item(Optional.of(cached.id()));
        }
        return pool.preparedQuery("SELECT id FROM unit WHERE code = $1").execute(Tuple.of(code)).map(rows -> {
            var it = rows.iterator();
            if (!it.hasNext()) {
                return Optional.<Long>empty();
            }
            long id = it.next().getLong("id");
            ids.put(code, new Entry(id, now));
            return Optional.of(id);
        });
    }

    /** Forgets every code: the tree changed. */
    public void forgetAll() {
        ids.clear();
    }
}
