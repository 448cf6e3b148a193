package cn.lvzhi.evaluation.draws;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NewestFirst;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.draws.DrawViews.CodeName;
import cn.lvzhi.evaluation.draws.DrawViews.InspectorView;
import cn.lvzhi.evaluation.draws.inputs.SaveDrawInspectorInput;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The region's register of inspectors (察访人员库), kept by 编办 and read by 编办 and leaders: each inspector's own unit
 * and the units they worked in before, which a draw never sends them to (回避).
 */
@ApplicationScoped
public class InspectorRegister {
    static final String NOT_FOUND = "察访人员不存在 (inspector not found)";

    private final ReadSessions reads;
    private final AuditLog audit;

    public InspectorRegister(ReadSessions reads, AuditLog audit) {
        this.reads = reads;
        this.audit = audit;
    }

    /** What the audit trail keeps of an inspector. */
    record InspectorSnapshot(String code, String name, long unitId, List<Long> pastUnitIds, boolean active) {
    }

    /** The register of the actor's region by code (编办, leaders); nobody else has one. */
    public Uni<DrawViews.InspectorConnection> list(ScopedActor actor, Integer first, String after) {
        int size = Paging.pageSize(first);
        Object afterKey = after == null ? null : Paging.decode(after);
        Uni<NewestFirst.Page<Inspector>> page = !DrawPolicy.seesWholeRegion(actor)
                ? Uni.createFrom().item(new NewestFirst.Page<>(List.of(), 0))
                : NewestFirst.keyset(reads, "i", " from Inspector i where i.regionPath = :region", "i.code > :after order by i.code",
                Map.of("region", actor.regionPath()), afterKey, size, Inspector.class);
        return page.chain(p -> views(p.rows()).map(views -> Paging.connection(views, size, p.total(), InspectorView::code,
                DrawViews.InspectorEdge::new, DrawViews.InspectorConnection::new)));
    }

    private Uni<List<InspectorView>> views(List<Inspector> inspectors) {
        if (inspectors.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Long> ids = inspectors.stream().map(i -> i.id).toList();
        return reads.read(s -> units(s, ids)).map(rows -> {
            Map<Long, CodeName> own = new HashMap<>();
            Map<Long, List<CodeName>> past = new HashMap<>();
            Map<Long, List<Long>> pastIds = new HashMap<>();
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                CodeName unit = new CodeName((String) r[2], (String) r[3]);
                if ("OWN".equals(r[1])) {
                    own.put(id, unit);
                } else {
                    past.computeIfAbsent(id, k -> new ArrayList<>()).add(unit);
                    pastIds.computeIfAbsent(id, k -> new ArrayList<>()).add(((Number) r[4]).longValue());
                }
            }
            return inspectors.stream().map(i -> new InspectorView(i.id, i.code, i.name, i.unitId, own.get(i.id).code(),
                    own.get(i.id).name(), past.getOrDefault(i.id, List.of()), pastIds.getOrDefault(i.id, List.of()), i.active,
                    i.version)).toList();
        });
    }

    private static Uni<List<Object[]>> units(Mutiny.StatelessSession s, List<Long> ids) {
        return s.createNativeQuery("""
                SELECT i.id, 'OWN', u.code, u.name, u.id FROM evaluation_inspector i JOIN unit u ON u.id = i.unit_id WHERE i.id IN (:ids)
                UNION ALL
                SELECT p.inspector_id, 'PAST', u.code, u.name, u.id FROM evaluation_inspector_past_unit p JOIN unit u ON u.id = p.unit_id
                WHERE p.inspector_id IN (:ids) ORDER BY 1, 3""", Object[].class).setParameter("ids", ids).getResultList();
    }

    @WithTransaction
    public Uni<Inspector> save(ScopedActor actor, SaveDrawInspectorInput in) {
        DrawPolicy.manage(actor, actor.regionPath()).orThrow();
        List<Long> past = in.pastUnitIds == null ? List.of() : in.pastUnitIds.stream().distinct().toList();
        Uni<Inspector> found = in.id == null ? Uni.createFrom().item(new Inspector()) : Inspector.<Inspector>findById(in.id).map(i -> {
            if (i == null || !i.regionPath.equals(actor.regionPath())) {
                throw new NotFoundException(NOT_FOUND);
            }
            if (in.version == null || i.version != in.version) {
                throw new ConflictException("察访人员已被他人修改（当前版本 " + i.version + "），请刷新后重试 (stale version; current is "
                        + i.version + ")");
            }
            return i;
        });
        return found.chain(i -> checkUnits(actor, in.unitId, past)
                .chain(() -> Inspector.count("regionPath = ?1 and code = ?2 and id <> ?3", actor.regionPath(), in.code.strip(),
                        i.id == null ? -1L : i.id))
                .chain(clash -> {
                    if (clash > 0) {
                        throw new ValidationException("input.code", "人员编号已存在 (this code is taken)");
                    }
                    InspectorSnapshot before = i.id == null ? null : new InspectorSnapshot(i.code, i.name, i.unitId, List.of(), i.active);
                    i.regionPath = actor.regionPath();
                    i.code = in.code.strip();
                    i.name = in.name.strip();
                    i.unitId = in.unitId;
                    i.active = in.active;
                    if (i.createdAt == null) {
                        i.createdAt = OffsetDateTime.now();
                    }
                    return i.<Inspector>persistAndFlush().call(saved -> Panache.getSession().chain(s -> s.createNativeQuery(
                                    "DELETE FROM evaluation_inspector_past_unit WHERE inspector_id = ?1").setParameter(1, saved.id)
                            .executeUpdate().chain(() -> past.isEmpty() ? Uni.createFrom().item(0) : s.createNativeQuery("""
                                    INSERT INTO evaluation_inspector_past_unit (inspector_id, unit_id)
                                    SELECT ?1, unnest(cast(?2 AS bigint[]))""").setParameter(1, saved.id)
                                    .setParameter(2, past.toArray(new Long[0])).executeUpdate())))
                            .call(saved -> audit.record(actor.actor(), in.id == null ? "DRAW_INSPECTOR_ADDED" : "DRAW_INSPECTOR_CHANGED",
                                    "DrawInspector", saved.id, before,
                                    new InspectorSnapshot(saved.code, saved.name, saved.unitId, past, saved.active)));
                }));
    }

    /** One inspector as the register shows it (read after the saving transaction committed). */
    public Uni<InspectorView> view(Inspector inspector) {
        return views(List.of(inspector)).map(l -> l.get(0));
    }

    /** The inspector's unit and past units must be units of the region. */
    private static Uni<Void> checkUnits(ScopedActor actor, long unitId, List<Long> past) {
        List<Long> all = new ArrayList<>(past);
        all.add(unitId);
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT id FROM unit WHERE id IN (?1) AND path LIKE ?2", Long.class)
                .setParameter(1, all).setParameter(2, actor.regionPath() + "%").getResultList()).invoke(found -> {
                    if (!found.contains(unitId)) {
                        throw new ValidationException("input.unitId", "所在单位不属于本辖区 (the unit is not in the region)");
                    }
                    for (int i = 0; i < past.size(); i++) {
                        if (!found.contains(past.get(i))) {
                            throw new ValidationException("input.pastUnitIds[" + i + "]", "曾任职单位不属于本辖区 (the unit is not in the region)");
                        }
                    }
                }).replaceWithVoid();
    }
}
