package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.draws.DrawnUnits;
import cn.lvzhi.evaluation.fieldwork.FieldworkPolicy.Sight;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of 五个一 for the API, every one through {@link FieldworkPolicy}: the overview of a round's drawn units, one
 * drawn unit's 五个一, and the letters a caller reads (编办 and leaders: the region's; any other unit: those addressed to
 * it). Each read runs in a stateless session of its own ({@link ReadSessions}): GraphQL resolves sibling fields at
 * once, and two of them must never share a session.
 */
@ApplicationScoped
public class FieldworkReads {
    private final FieldworkAccess access;
    private final DrawnUnits drawn;
    private final ReadSessions reads;

    public FieldworkReads(FieldworkAccess access, DrawnUnits drawn, ReadSessions reads) {
        this.access = access;
        this.drawn = drawn;
        this.reads = reads;
    }

    /** The round's drawn units the actor sees (编办, leaders: all; a drawn unit: itself), with their progress. */
    public Uni<List<FieldworkProgress>> progress(ScopedActor actor, long roundId) {
        return reads.read(s -> FieldworkAccess.byId(s, EvaluationRound.class, roundId).chain(round -> {
            if (round == null || !actor.regionHolds(round.regionPath) || actor.actor().system()) {
                throw new NotFoundException(FieldworkAccess.NOT_FOUND);
            }
            return drawn.of(s, roundId).chain(ids -> {
                boolean all = FieldworkPolicy.seesWholeRegion(actor);
                List<Long> seen = ids.stream().filter(id -> FieldworkPolicy.sight(actor, round.regionPath, id) != Sight.NONE).toList();
                if (!all && seen.isEmpty()) {
                    throw new NotFoundException(FieldworkAccess.NOT_FOUND);
                }
                return rows(s, actor, round, seen);
            });
        }));
    }

    private Uni<List<FieldworkProgress>> rows(Mutiny.StatelessSession s, ScopedActor actor, EvaluationRound round, List<Long> unitIds) {
        long roundId = round.id;
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return of(s, Unit.class, "e.id in :units order by e.code", roundId, unitIds, false).chain(units -> of(s, FieldworkReport.class,
                        "e.unitId in :units", roundId, unitIds, true)
                .chain(reports -> of(s, InquiryLetter.class, "e.unitId in :units", roundId, unitIds, true)
                        .chain(letters -> of(s, Symposium.class, "e.unitId in :units", roundId, unitIds, true)
                                .map(symposia -> {
                                    Map<Long, ReportStatus> report = new HashMap<>();
                                    reports.forEach(r -> report.put(r.unitId, r.status));
                                    List<FieldworkProgress> out = new ArrayList<>();
                                    for (Unit u : units) {
                                        Sight sight = FieldworkPolicy.sight(actor, round.regionPath, u.id);
                                        List<InquiryLetter> mine = letters.stream().filter(l -> l.unitId.equals(u.id)
                                                && FieldworkPolicy.readsLetter(actor, sight, l.addresseeUnitId)).toList();
                                        out.add(new FieldworkProgress(u, report.get(u.id), mine.size(),
                                                (int) mine.stream().filter(l -> l.repliedAt != null).count(),
                                                (int) mine.stream().filter(InquiryLetter::getOverdue).count(),
                                                symposia.stream().anyMatch(x -> x.unitId.equals(u.id))));
                                    }
                                    return out;
                                }))));
    }

    /** Rows of one entity about the given units ({@code :units}), of the round when {@code ofRound}. */
    private static <T> Uni<List<T>> of(Mutiny.StatelessSession s, Class<T> type, String where, long roundId, List<Long> unitIds,
                                       boolean ofRound) {
        var query = s.createSelectionQuery("from " + type.getSimpleName() + " e where "
                + (ofRound ? "e.roundId = :round and " : "") + where, type).setParameter("units", unitIds);
        return (ofRound ? query.setParameter("round", roundId) : query).getResultList();
    }

    /** One drawn unit's 五个一 as the actor sees it; NOT_FOUND when it was not drawn or the actor sees none of it. */
    public Uni<FieldworkUnit> unit(ScopedActor actor, long roundId, long unitId) {
        List<Long> one = List.of(unitId);
        return reads.read(s -> access.drawn(s, actor, roundId, unitId, null).chain(d -> of(s, FieldworkReport.class,
                        "e.unitId in :units", roundId, one, true)
                .chain(report -> of(s, InquiryLetter.class, "e.unitId in :units order by e.id", roundId, one, true)
                        .chain(letters -> of(s, Symposium.class, "e.unitId in :units", roundId, one, true)
                                .map(symposium -> new FieldworkUnit(roundId, d.round().name, d.unit(),
                                        report.isEmpty() ? null : report.get(0),
                                        letters.stream().filter(l -> FieldworkPolicy.readsLetter(actor, d.sight(), l.addresseeUnitId)).toList(),
                                        symposium.isEmpty() ? null : symposium.get(0), FieldworkPolicy.record(d.sight()).allowed(),
                                        FieldworkPolicy.writeReport(d.sight()).allowed()))))));
    }

    /** One letter the actor reads, with its round (for the PDF); NOT_FOUND otherwise. */
    public Uni<FieldworkAccess.LetterAccess> letter(ScopedActor actor, long letterId) {
        return reads.read(s -> access.letter(s, actor, letterId));
    }

    /** The letters the actor reads, newest first, optionally of one round: 编办 and leaders the region's, others their own. */
    public Uni<InquiryLetterConnection> letters(ScopedActor actor, Long roundId, Integer first, String after) {
        int size = Paging.pageSize(first);
        Paging.decodeId(after);
        Map<String, Object> params = new HashMap<>();
        String where;
        if (actor.actor().system() || actor.regionPath() == null) {
            return Uni.createFrom().item(Paging.connection(List.<InquiryLetter>of(), size, 0, l -> String.valueOf(l.id),
                    InquiryLetterConnection.InquiryLetterEdge::new, InquiryLetterConnection::new));
        } else if (FieldworkPolicy.seesWholeRegion(actor)) {
            where = " where exists (select 1 from EvaluationRound r where r.id = l.roundId and r.regionPath like :region)";
            params.put("region", actor.regionPath() + "%");
        } else {
            where = " where l.addresseeUnitId = :unit";
            params.put("unit", actor.unitId());
        }
        if (roundId != null) {
            where += " and l.roundId = :round";
            params.put("round", roundId);
        }
        return NewestFirst.page(reads, "l", " from InquiryLetter l" + where, params, after, size, InquiryLetter.class)
                .map(p -> Paging.connection(p.rows(), size, p.total(), l -> String.valueOf(l.id),
                        InquiryLetterConnection.InquiryLetterEdge::new, InquiryLetterConnection::new));
    }
}
