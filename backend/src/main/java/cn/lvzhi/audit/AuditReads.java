package cn.lvzhi.audit;

import cn.lvzhi.common.InternalException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads of the audit trail (审计记录) with no rule of who may read them: the chain check and the rows of named
 * entities. {@link AuditService} puts {@link AuditPolicy} in front of them for the audit pages; a feature that has
 * already decided the reader may see an entity's trail (the discipline office's evidence pack of a case) reads here.
 */
@ApplicationScoped
public class AuditReads {
    /** A row with its hash recomputed and its link to the row before it checked. */
    private static final String ENTRY = """
            SELECT e.seq, e.occurred_at, e.actor_name, e.actor_unit, e.action, e.entity_type, e.entity_id,
                   e.before_state::text AS before_text, e.after_state::text AS after_text, e.prev_hash, e.hash,
                   e.hash = audit_event_digest(e) AND e.prev_hash = coalesce(
                       (SELECT p.hash FROM audit_event p WHERE p.seq = e.seq - 1), repeat('0', 64)) AS valid
            FROM audit_event e""";

    private final ReadSessions reads;
    private final Pool pool;
    private final AuditCheckpoints checkpoints;
    private final ObjectMapper json;

    public AuditReads(ReadSessions reads, Pool pool, AuditCheckpoints checkpoints, ObjectMapper json) {
        this.reads = reads;
        this.pool = pool;
        this.checkpoints = checkpoints;
        this.json = json;
    }

    /**
     * Re-computes the whole chain: every row's hash over its content and its link to the row before it, and that the
     * chain still passes through every signed checkpoint (so rewriting the newest rows and recomputing their hashes,
     * or removing them, shows too).
     */
    public Uni<AuditIntegrity> integrity() {
        return checkpoints.read().chain(anchors -> reads.read(s -> links(s)
                .chain(links -> firstMissedCheckpoint(s, anchors.valid())
                        .map(missed -> integrity(links, missed, anchors)))));
    }

    /** The rows about any of these entities (entity type → ids), in chain order. */
    public Uni<List<AuditEntry>> entriesOf(Map<String, ? extends Collection<?>> idsByType) {
        List<String> types = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        idsByType.forEach((type, of) -> of.forEach(id -> {
            types.add(type);
            ids.add(String.valueOf(id));
        }));
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery(ENTRY + """
                         WHERE (e.entity_type, e.entity_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
                        ORDER BY e.seq""")
                .execute(Tuple.of(types.toArray(String[]::new), ids.toArray(String[]::new)))
                .map(AuditReads::entries);
    }

    /** The row of this sequence number, or null. */
    public Uni<AuditEntry> entry(int seq) {
        return pool.preparedQuery(ENTRY + " WHERE e.seq = $1").execute(Tuple.of((long) seq))
                .map(rows -> entries(rows).stream().findFirst().orElse(null));
    }

    /** A page of one entity's rows, oldest first (keyset by sequence number). */
    public Uni<AuditEntryConnection> history(String entityType, String entityId, Integer first, String after) {
        int size = Paging.pageSize(first);
        Long from = Paging.decodeId(after);
        return pool.preparedQuery(ENTRY + """
                         WHERE e.entity_type = $1 AND e.entity_id = $2 AND e.seq > $3
                        ORDER BY e.seq LIMIT $4""")
                .execute(Tuple.of(entityType, entityId, from == null ? 0L : from, (long) size + 1))
                .map(AuditReads::entries)
                .chain(rows -> pool.preparedQuery("SELECT count(*) FROM audit_event WHERE entity_type = $1 AND entity_id = $2")
                        .execute(Tuple.of(entityType, entityId))
                        .map(count -> Paging.connection(rows, size, count.iterator().next().getLong(0),
                                r -> String.valueOf(r.seq()), AuditEntryConnection.AuditEntryEdge::new, AuditEntryConnection::new)));
    }

    /** The kinds of entity the trail holds rows about, in alphabetical order (a skip scan of the entity index). */
    public Uni<List<String>> entityTypes() {
        return pool.query("""
                        WITH RECURSIVE t(entity_type) AS (
                            (SELECT entity_type FROM audit_event ORDER BY entity_type LIMIT 1)
                            UNION ALL
                            SELECT (SELECT e.entity_type FROM audit_event e WHERE e.entity_type > t.entity_type
                                    ORDER BY e.entity_type LIMIT 1)
                            FROM t WHERE t.entity_type IS NOT NULL)
                        SELECT entity_type FROM t WHERE entity_type IS NOT NULL""").execute()
                .map(rows -> {
                    List<String> types = new ArrayList<>();
                    rows.forEach(r -> types.add(r.getString(0)));
                    return types;
                });
    }

    private static List<AuditEntry> entries(RowSet<Row> rows) {
        List<AuditEntry> out = new ArrayList<>();
        for (Row r : rows) {
            String before = r.getString("before_text");
            String after = r.getString("after_text");
            out.add(new AuditEntry(Math.toIntExact(r.getLong("seq")), r.getOffsetDateTime("occurred_at"),
                    r.getString("actor_name"), r.getString("actor_unit"), r.getString("action"), r.getString("entity_type"),
                    r.getString("entity_id"), before, after, r.getString("prev_hash"), r.getString("hash"),
                    Boolean.TRUE.equals(r.getBoolean("valid")), AuditChanges.of(before, after)));
        }
        return out;
    }

    /** The number of rows and the first whose hash or link to the row before it fails (null when none). */
    private static Uni<Object[]> links(Mutiny.StatelessSession s) {
        return s.createNativeQuery("""
                        SELECT count(*) AS checked,
                               min(seq) FILTER (WHERE hash <> digest OR prev_hash <> expected_prev OR seq <> expected_seq) AS broken
                        FROM (SELECT e.seq, e.hash, e.prev_hash, audit_event_digest(e) AS digest,
                                     coalesce(lag(e.hash) OVER w, repeat('0', 64)) AS expected_prev,
                                     coalesce(lag(e.seq) OVER w, 0) + 1 AS expected_seq
                              FROM audit_event e WINDOW w AS (ORDER BY e.seq)) chain""", Object[].class)
                .getSingleResult();
    }

    /** The first checkpoint whose row is gone or carries another hash (null when the chain passes through all). */
    private Uni<Object> firstMissedCheckpoint(Mutiny.StatelessSession s, List<AuditCheckpoints.Checkpoint> valid) {
        return s.createNativeQuery("""
                        SELECT min(c.seq) FROM jsonb_to_recordset(cast(cast(?1 AS text) AS jsonb)) AS c(seq bigint, hash text)
                        LEFT JOIN audit_event e ON e.seq = c.seq
                        WHERE e.hash IS DISTINCT FROM c.hash""", Object.class)
                .setParameter(1, pairs(valid))
                .getSingleResult();
    }

    private static AuditIntegrity integrity(Object[] links, Object missed, AuditCheckpoints.Anchors anchors) {
        Integer first = Stream.of(links[1], missed).filter(Objects::nonNull)
                .map(seq -> ((Number) seq).intValue()).min(Integer::compare).orElse(null);
        AuditCheckpoints.Checkpoint last = anchors.valid().stream()
                .max(java.util.Comparator.comparingLong(AuditCheckpoints.Checkpoint::seq)).orElse(null);
        return new AuditIntegrity(first == null && anchors.unverified() == 0, ((Number) links[0]).intValue(), first,
                anchors.valid().size(), last == null ? null : (int) last.seq(),
                last == null ? null : OffsetDateTime.parse(last.at()), anchors.unverified());
    }

    private String pairs(List<AuditCheckpoints.Checkpoint> valid) {
        try {
            return json.writeValueAsString(valid.stream()
                    .map(c -> Map.of("seq", c.seq(), "hash", c.hash())).distinct().toList());
        } catch (JsonProcessingException e) {
            throw new InternalException("审计锚点序列化失败 (audit checkpoints could not be serialised)");
        }
    }
}
