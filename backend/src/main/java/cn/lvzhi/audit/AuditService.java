package cn.lvzhi.audit;

import cn.lvzhi.common.ReadSessions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Verifies the audit trail: every row's hash over its content and its link to the row before it. */
@ApplicationScoped
public class AuditService {
    private final ReadSessions reads;

    public AuditService(ReadSessions reads) {
        this.reads = reads;
    }

    public Uni<AuditIntegrity> verifyChain() {
        return reads.read(s -> s.createNativeQuery("""
                SELECT count(*) AS checked,
                       min(seq) FILTER (WHERE hash <> digest OR prev_hash <> expected_prev OR seq <> expected_seq) AS broken
                FROM (SELECT e.seq, e.hash, e.prev_hash, audit_event_digest(e) AS digest,
                             coalesce(lag(e.hash) OVER w, repeat('0', 64)) AS expected_prev,
                             coalesce(lag(e.seq) OVER w, 0) + 1 AS expected_seq
                      FROM audit_event e WINDOW w AS (ORDER BY e.seq)) chain""", Object[].class)
                .getSingleResult()
                .map(row -> {
                    int checked = ((Number) row[0]).intValue();
                    Integer broken = row[1] == null ? null : ((Number) row[1]).intValue();
                    return new AuditIntegrity(broken == null, checked, broken);
                }));
    }
}
