package cn.lvzhi.evaluation.draws;

import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.draws.DrawViews.CandidateList;
import cn.lvzhi.evaluation.draws.DrawViews.CodeName;
import cn.lvzhi.evaluation.draws.DrawViews.DrawView;
import cn.lvzhi.evaluation.draws.DrawViews.DrawnInspectorView;
import cn.lvzhi.evaluation.draws.DrawViews.DrawnOfficeView;
import cn.lvzhi.evaluation.draws.DrawViews.DrawnUnitView;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads of 双随机 draws, every one through {@link DrawPolicy}: what a caller may not see does not exist. A page of draws
 * is shown with its results in four queries, whatever its size.
 */
@ApplicationScoped
public class DrawReads {
    static final String DRAW_NOT_FOUND = "抽查不存在 (draw not found)";

    private final ReadSessions reads;

    public DrawReads(ReadSessions reads) {
        this.reads = reads;
    }

    /** A draw and how the actor sees it. */
    public record Access(Draw draw, DrawPolicy.View view) {
    }

    /** The draw as the actor sees it; NOT_FOUND when it does not exist for the actor. */
    public Uni<Access> access(ScopedActor actor, long drawId) {
        return reads.read(s -> s.get(Draw.class, drawId).chain(d -> d == null ? Uni.createFrom().item((Access) null)
                : drewUnit(s, d.id, actor).map(drew -> new Access(d, DrawPolicy.view(actor, d.regionPath, d.status, drew)))))
                .map(DrawReads::visible);
    }

    static Access visible(Access a) {
        if (a == null || a.view() == DrawPolicy.View.NONE) {
            throw new NotFoundException(DRAW_NOT_FOUND);
        }
        return a;
    }

    static Uni<Boolean> drewUnit(Mutiny.StatelessSession s, long drawId, ScopedActor actor) {
        if (!DrawPolicy.drawnUnit(actor)) {
            return Uni.createFrom().item(false);
        }
        return s.createNativeQuery("SELECT count(*) FROM evaluation_draw_unit WHERE draw_id = :d AND unit_id = :u", Long.class)
                .setParameter("d", drawId).setParameter("u", actor.unitId()).getSingleResult().map(n -> n > 0);
    }

    public Uni<DrawView> draw(ScopedActor actor, long drawId) {
        return access(actor, drawId).chain(a -> views(actor, List.of(a.draw())).map(l -> l.get(0)));
    }

    /** The draws of a round the actor sees, newest first (a drawn unit: the DRAWN draws that took it). */
    public Uni<DrawViews.DrawConnection> draws(ScopedActor actor, long roundId, Integer first, String after) {
        int size = Paging.pageSize(first);
        Paging.decodeId(after);
        Map<String, Object> params = new HashMap<>();
        params.put("round", roundId);
        params.put("region", actor.regionPath() + "%");
        String where;
        if (DrawPolicy.seesWholeRegion(actor)) {
            where = "";
        } else if (DrawPolicy.drawnUnit(actor)) {
            where = " and d.status = :drawn and exists (select 1 from DrawnUnit du where du.drawId = d.id and du.unitId = :unit)";
            params.put("drawn", DrawStatus.DRAWN);
            params.put("unit", actor.unitId());
        } else {
            where = null;
        }
        Uni<NewestFirst.Page<Draw>> page = where == null ? Uni.createFrom().item(new NewestFirst.Page<>(List.of(), 0))
                : NewestFirst.page(reads, "d", " from Draw d where d.roundId = :round and d.regionPath like :region" + where,
                params, after, size, Draw.class);
        return page.chain(p -> views(actor, p.rows()).map(views -> Paging.connection(views, size, p.total(),
                v -> String.valueOf(v.id()), DrawViews.DrawEdge::new, DrawViews.DrawConnection::new)));
    }

    /** The draw recomputed from its stored inputs against its stored results (编办 and leaders). */
    public Uni<DrawViews.Verification> verify(ScopedActor actor, long drawId) {
        return access(actor, drawId).chain(a -> {
            DrawPolicy.verify(a.view()).orThrow();
            Draw d = a.draw();
            if (d.frozenInputs == null) {
                throw new ValidationException("drawId", "抽查尚未冻结候选名单，无可核验 (nothing to verify before the inputs are frozen)");
            }
            return reads.read(s -> s.createNativeQuery("""
                    SELECT 'UNIT', du.stratum, u.code, du.rank, du.hash FROM evaluation_draw_unit du JOIN unit u ON u.id = du.unit_id
                    WHERE du.draw_id = :d
                    UNION ALL
                    SELECT 'OFFICE', p.code, o.code, x.rank, x.hash FROM evaluation_draw_office x JOIN unit p ON p.id = x.unit_id
                    JOIN unit o ON o.id = x.office_id WHERE x.draw_id = :d
                    UNION ALL
                    SELECT 'INSPECTOR', p.code, i.code, x.rank, x.hash FROM evaluation_draw_inspector x JOIN unit p ON p.id = x.unit_id
                    JOIN evaluation_inspector i ON i.id = x.inspector_id WHERE x.draw_id = :d""", Object[].class)
                    .setParameter("d", d.id).getResultList())
                    .map(rows -> DrawVerifier.verify(d.id, d.frozenInputs, d.frozenHash, d.seed, d.drawnAt != null,
                            rows.stream().map(r -> new DrawVerifier.StoredRow((String) r[0], (String) r[1], (String) r[2],
                                    ((Number) r[3]).intValue(), (String) r[4])).toList()));
        });
    }

    /** The draws as the actor sees them, in the same order; a drawn unit's are cut down to its own results. */
    Uni<List<DrawView>> views(ScopedActor actor, List<Draw> draws) {
        if (draws.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Long> ids = draws.stream().map(d -> d.id).toList();
        Set<Long> rounds = draws.stream().map(d -> d.roundId).collect(Collectors.toSet());
        return reads.read(s -> s.createNativeQuery("SELECT id, name FROM evaluation_round WHERE id IN (:ids)", Object[].class)
                .setParameter("ids", rounds).getResultList()
                .chain(names -> s.createNativeQuery("""
                        SELECT du.draw_id, du.stratum, u.code, u.name, du.rank, du.hash, u.id
                        FROM evaluation_draw_unit du JOIN unit u ON u.id = du.unit_id
                        WHERE du.draw_id IN (:ids) ORDER BY du.draw_id, du.stratum, du.rank""", Object[].class)
                        .setParameter("ids", ids).getResultList()
                        .chain(units -> s.createNativeQuery("""
                                SELECT o.draw_id, du.code, ou.code, ou.name, o.rank, o.hash, du.id
                                FROM evaluation_draw_office o JOIN unit du ON du.id = o.unit_id JOIN unit ou ON ou.id = o.office_id
                                WHERE o.draw_id IN (:ids) ORDER BY o.draw_id, du.code, o.rank""", Object[].class)
                                .setParameter("ids", ids).getResultList()
                                .chain(offices -> s.createNativeQuery("""
                                        SELECT i.draw_id, du.code, ins.code, ins.name, i.rank, i.hash, du.id
                                        FROM evaluation_draw_inspector i JOIN unit du ON du.id = i.unit_id
                                        JOIN evaluation_inspector ins ON ins.id = i.inspector_id
                                        WHERE i.draw_id IN (:ids) ORDER BY i.draw_id, du.code, i.rank""", Object[].class)
                                        .setParameter("ids", ids).getResultList()
                                        .map(inspectors -> assemble(actor, draws, names, units, offices, inspectors))))));
    }

    private static List<DrawView> assemble(ScopedActor actor, List<Draw> draws, List<Object[]> names, List<Object[]> units,
                                           List<Object[]> offices, List<Object[]> inspectors) {
        Map<Long, String> roundNames = new HashMap<>();
        names.forEach(r -> roundNames.put(((Number) r[0]).longValue(), (String) r[1]));
        List<DrawView> out = new ArrayList<>();
        for (Draw d : draws) {
            boolean all = DrawPolicy.seesWholeRegion(actor);
            // a drawn unit reads only its own row, offices and inspectors
            Predicate<Object[]> mine = r -> ((Number) r[0]).longValue() == d.id
                    && (all || ((Number) r[6]).longValue() == actor.unitId());
            List<DrawnUnitView> u = units.stream().filter(mine)
                    .map(r -> new DrawnUnitView((String) r[1], ((Number) r[6]).longValue(), (String) r[2], (String) r[3],
                            ((Number) r[4]).intValue(), ((String) r[5]).trim())).toList();
            List<DrawnOfficeView> o = offices.stream().filter(mine).map(r -> new DrawnOfficeView((String) r[1], (String) r[2],
                    (String) r[3], ((Number) r[4]).intValue(), ((String) r[5]).trim())).toList();
            List<DrawnInspectorView> i = inspectors.stream().filter(mine).map(r -> new DrawnInspectorView((String) r[1],
                    (String) r[2], (String) r[3], ((Number) r[4]).intValue(), ((String) r[5]).trim())).toList();
            List<CandidateList> candidates = !all || d.frozenInputs == null ? List.of() : d.frozenInputs.strata().stream()
                    .map(s -> new CandidateList(s.stratum(), s.k(), s.candidates().stream()
                            .map(c -> new CodeName(c.code(), c.name())).toList())).toList();
            out.add(new DrawView(d.id, d.roundId, roundNames.getOrDefault(d.roundId, ""), d.status, d.strata.strata(), d.kOffice,
                    d.inspectorsPerUnit, d.frozenHash, d.status == DrawStatus.DRAFT ? null : d.seed, d.seedGenerated,
                    d.cancelReason, d.createdByName, d.createdAt, d.frozenAt, d.seededAt, d.drawnAt, d.cancelledAt, d.version,
                    candidates, u, o, i));
        }
        return out;
    }
}
