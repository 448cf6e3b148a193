package cn.lvzhi.evaluation.computations;

import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The rows behind a score's computed figure (drill-down), paged, for whoever sees the figure ({@link EvidencePolicy}). */
@ApplicationScoped
public class EvidenceReads {
    static final String SCORE_NOT_FOUND = "评估得分不存在 (score not found)";

    private final ReadSessions reads;

    public EvidenceReads(ReadSessions reads) {
        this.reads = reads;
    }

    public Uni<EvidenceConnection> evidence(ScopedActor actor, long scoreId, Integer first, String after) {
        int size = Paging.pageSize(first);
        Long afterId = Paging.decodeId(after);
        return reads.read(s -> s.createNativeQuery("""
                        SELECT u.path, r.stage FROM evaluation_score x
                        JOIN evaluation_round r ON r.id = x.round_id JOIN unit u ON u.id = x.unit_id
                        WHERE x.id = :id""", Object[].class)
                .setParameter("id", scoreId).getResultList()
                .chain(found -> {
                    if (found.isEmpty() || !EvidencePolicy.seesFigure(actor, (String) found.get(0)[0],
                            EvaluationStage.valueOf((String) found.get(0)[1]))) {
                        throw new NotFoundException(SCORE_NOT_FOUND);
                    }
                    return s.createNativeQuery("""
                                    SELECT id, kind, ref_id, ref_code, label, counted, note, occurred_at
                                    FROM evaluation_evidence_row
                                    WHERE score_id = :score AND id > :after ORDER BY id LIMIT :limit""", Object[].class)
                            .setParameter("score", scoreId).setParameter("after", afterId == null ? 0L : afterId)
                            .setParameter("limit", size + 1).getResultList()
                            .chain(rows -> s.createNativeQuery(
                                            "SELECT count(*) FROM evaluation_evidence_row WHERE score_id = :score", Long.class)
                                    .setParameter("score", scoreId).getSingleResult()
                                    .map(total -> Paging.connection(rows.stream().map(EvidenceReads::record).toList(), size,
                                            total, r -> String.valueOf(r.id()), EvidenceConnection.EvidenceEdge::new,
                                            EvidenceConnection::new)));
                }));
    }

    private static EvidenceRecord record(Object[] r) {
        return new EvidenceRecord(Figures.id(r[0]), (String) r[1], Figures.id(r[2]), (String) r[3], (String) r[4],
                (Boolean) r[5], (String) r[6], Figures.time(r[7]));
    }
}
