package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.computations.Computations;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads of indicator schemes for the API, each in its own stateless session and through {@link SchemePolicy}: the
 * region's versions for the office and leaders, the schemes in force or replaced for the units assessed.
 */
@ApplicationScoped
public class SchemeReads {
    private final ReadSessions reads;
    private final Computations computations;

    public SchemeReads(ReadSessions reads, Computations computations) {
        this.reads = reads;
        this.computations = computations;
    }

    /** The schemes the actor sees, newest first, optionally of one year. */
    public Uni<EvaluationSchemeConnection> schemes(ScopedActor actor, Integer year, Integer first, String after) {
        int size = Paging.pageSize(first);
        Paging.decodeId(after);
        SchemePolicy.read(actor).orThrow();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" from EvaluationScheme s where s.regionPath like :region");
        params.put("region", actor.regionPath() + "%");
        if (year != null) {
            where.append(" and s.year = :year");
            params.put("year", year);
        }
        if (SchemePolicy.view(actor) != SchemePolicy.View.ALL) {
            where.append(" and s.status <> :draft");
            params.put("draft", SchemeStatus.DRAFT);
        }
        return NewestFirst.page(reads, "s", where.toString(), params, after, size, EvaluationScheme.class)
                .map(p -> Paging.connection(p.rows(), size, p.total(), s -> String.valueOf(s.id),
                        EvaluationSchemeConnection.EvaluationSchemeEdge::new, EvaluationSchemeConnection::new));
    }

    /** One scheme the actor sees; NOT_FOUND otherwise (a draft, for a unit assessed, is as missing). */
    public Uni<EvaluationScheme> scheme(ScopedActor actor, long id) {
        SchemePolicy.read(actor).orThrow();
        return reads.read(s -> s.get(EvaluationScheme.class, id)).map(scheme -> {
            if (scheme == null || !SchemePolicy.sees(actor, scheme.regionPath, scheme.status)) {
                throw new NotFoundException(SchemePolicy.NOT_FOUND);
            }
            return scheme;
        });
    }

    /** The computations a COMPUTED indicator may name. */
    public List<SchemeComputation> computations(ScopedActor actor) {
        SchemePolicy.read(actor).orThrow();
        return computations.all().stream().map(SchemeComputation::of).toList();
    }

    /** The schemes by id, unchecked: the caller has already seen the scheme that names them. */
    public Uni<Map<Long, EvaluationScheme>> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from EvaluationScheme s where s.id in :ids", EvaluationScheme.class)
                .setParameter("ids", ids).getResultList()).map(rows -> {
                    Map<Long, EvaluationScheme> byId = new HashMap<>();
                    rows.forEach(r -> byId.put(r.id, r));
                    return byId;
                });
    }

    /** Each scheme's indicators in pre-order, linked to their counterparts in its previous scheme. */
    public Uni<List<List<SchemeIndicator>>> indicators(List<EvaluationScheme> page) {
        return byIds(page.stream().map(s -> s.previousSchemeId).filter(Objects::nonNull).distinct().toList())
                .map(previous -> page.stream().map(s -> {
                    EvaluationScheme p = s.previousSchemeId == null ? null : previous.get(s.previousSchemeId);
                    return SchemeIndicator.of(s.document, p == null ? null : p.document);
                }).toList());
    }

    /** Each scheme's previous scheme (last year's), or null where there is none or the actor does not see it. */
    public Uni<List<EvaluationScheme>> previousSchemes(ScopedActor actor, List<EvaluationScheme> page) {
        return byIds(page.stream().map(s -> s.previousSchemeId).filter(Objects::nonNull).distinct().toList())
                .map(previous -> page.stream().map(s -> {
                    EvaluationScheme p = s.previousSchemeId == null ? null : previous.get(s.previousSchemeId);
                    return p != null && SchemePolicy.sees(actor, p.regionPath, p.status) ? p : null;
                }).toList());
    }

    /** How many rounds use each of these schemes (0 when none). */
    public Uni<Map<Long, Long>> roundCounts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery(
                        "select r.schemeId, count(r) from EvaluationRound r where r.schemeId in :ids group by r.schemeId", Object[].class)
                .setParameter("ids", ids).getResultList()).map(rows -> {
                    Map<Long, Long> counts = new HashMap<>();
                    rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
                    return counts;
                });
    }
}
