package cn.lvzhi.audit;

import cn.lvzhi.common.InternalException;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.security.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Verifies the audit trail: every row's hash over its content and its link to the row before it, and that the
 * chain still passes through every signed checkpoint (so rewriting the newest rows and recomputing their hashes,
 * or removing them, shows too).
 */
@ApplicationScoped
public class AuditService {
    private final ReadSessions reads;
    private final AuditCheckpoints checkpoints;
    private final ObjectMapper json;

    public AuditService(ReadSessions reads, AuditCheckpoints checkpoints, ObjectMapper json) {
        this.reads = reads;
        this.checkpoints = checkpoints;
        this.json = json;
    }

    /** Verifies the chain for an actor the audit policy lets inspect it (else FORBIDDEN). */
    public Uni<AuditIntegrity> verifyChain(Actor actor) {
        AuditPolicy.verifyChain(actor).orThrow();
        return checkpoints.read().chain(anchors -> reads.read(s -> links(s)
                .chain(links -> firstMissedCheckpoint(s, anchors.valid())
                        .map(missed -> integrity(links, missed, anchors)))));
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
        Integer lastCheckpoint = anchors.valid().stream().map(c -> (int) c.seq()).max(Integer::compare).orElse(null);
        return new AuditIntegrity(first == null && anchors.unverified() == 0, ((Number) links[0]).intValue(), first,
                anchors.valid().size(), lastCheckpoint, anchors.unverified());
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
