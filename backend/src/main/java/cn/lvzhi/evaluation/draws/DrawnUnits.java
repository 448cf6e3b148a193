package cn.lvzhi.evaluation.draws;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;

/**
 * The units a round's 双随机 draw took (a DRAWN draw, not cancelled): what 五个一 and the drawn units' pages are kept
 * for. Each question runs in the session it is given: a write's transaction, or a read's own stateless session (API
 * reads never share one, since GraphQL resolves sibling fields at once).
 */
@ApplicationScoped
public class DrawnUnits {

    /** Whether the unit was drawn in one of the round's standing draws. */
    public Uni<Boolean> isDrawn(Mutiny.QueryProducer session, long roundId, long unitId) {
        return session.createNativeQuery("""
                        SELECT count(*) FROM evaluation_draw_unit du JOIN evaluation_draw d ON d.id = du.draw_id
                        WHERE d.round_id = ?1 AND d.status = 'DRAWN' AND du.unit_id = ?2""", Long.class)
                .setParameter(1, roundId).setParameter(2, unitId).getSingleResult()
                .map(n -> n > 0);
    }

    /** The units drawn in the round's standing draws, by id. */
    public Uni<List<Long>> of(Mutiny.QueryProducer session, long roundId) {
        return session.createNativeQuery("""
                        SELECT DISTINCT du.unit_id FROM evaluation_draw_unit du JOIN evaluation_draw d ON d.id = du.draw_id
                        WHERE d.round_id = ?1 AND d.status = 'DRAWN' ORDER BY du.unit_id""", Long.class)
                .setParameter(1, roundId).getResultList();
    }

    /** {@link #of(Mutiny.QueryProducer, long)} in the caller's Panache session (the demo loader's transaction). */
    public Uni<List<Long>> of(long roundId) {
        return Panache.getSession().chain(s -> of(s, roundId));
    }
}
