package cn.lvzhi.mandates;

import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.org.UnitReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads of mandates for the API: each in its own stateless session (see {@link ReadSessions}). */
@ApplicationScoped
public class MandateReads {
    static final String MANDATE_NOT_FOUND = "该单位没有“三定”规定 (no mandate for this unit)";

    private final ReadSessions reads;
    private final UnitReads units;

    public MandateReads(ReadSessions reads, UnitReads units) {
        this.reads = reads;
        this.units = units;
    }

    /** The unit whose mandate the actor asks for; NOT_FOUND for a system caller or a unit without a mandate. */
    public Uni<Unit> mandateUnit(ScopedActor actor, long unitId) {
        if (!MandatePolicy.reads(actor)) {
            return Uni.createFrom().failure(new NotFoundException(MANDATE_NOT_FOUND));
        }
        return units.byIds(List.of(unitId)).map(found -> {
            Unit unit = found.get(unitId);
            if (unit == null || !MandatePolicy.hasMandate(unit.kind)) {
                throw new NotFoundException(MANDATE_NOT_FOUND);
            }
            return unit;
        });
    }

    /** The duties of these ids, by id, for an actor who reads mandates ({@link MandatePolicy#reads}); none otherwise. */
    public Uni<Map<Long, Duty>> visibleDuties(ScopedActor actor, Collection<Long> ids) {
        if (ids.isEmpty() || !MandatePolicy.reads(actor)) {
            return Uni.createFrom().item(Map.of());
        }
        return reads.read(s -> s.createSelectionQuery("from Duty d where d.id in :ids", Duty.class).setParameter("ids", ids)
                .getResultList()).map(rows -> {
                    Map<Long, Duty> byId = new HashMap<>();
                    rows.forEach(d -> byId.put(d.id, d));
                    return byId;
                });
    }

    /** The duties of the units, by unit, in mandate order. */
    public Uni<Map<Long, List<Duty>>> duties(Collection<Long> unitIds, DutyFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add("d.unitId in :units");
        params.put("units", unitIds);
        if (filter != null && filter.role != null) {
            where.add("d.role = :role");
            params.put("role", filter.role);
        }
        if (filter != null && filter.changeStatus != null) {
            where.add("d.changeStatus = :status");
            params.put("status", filter.changeStatus);
        }
        if (filter != null && Boolean.TRUE.equals(filter.transferredOnly)) {
            where.add("d.changeStatus in :transfers");
            params.put("transfers", DutyChangeStatus.TRANSFERS);
        }
        return reads.read(s -> {
            var q = s.createSelectionQuery("from Duty d where " + String.join(" and ", where)
                    + " order by d.unitId, d.ordinal, d.id", Duty.class);
            params.forEach(q::setParameter);
            return q.getResultList();
        }).map(rows -> {
            Map<Long, List<Duty>> byUnit = new HashMap<>();
            rows.forEach(d -> byUnit.computeIfAbsent(d.unitId, k -> new ArrayList<>()).add(d));
            return byUnit;
        });
    }

    public Uni<Map<Long, Staffing>> staffing(Collection<Long> unitIds) {
        return reads.read(s -> s.createSelectionQuery("from Staffing s where s.unitId in :units", Staffing.class)
                .setParameter("units", unitIds).getResultList()).map(rows -> {
                    Map<Long, Staffing> byUnit = new HashMap<>();
                    rows.forEach(r -> byUnit.put(r.unitId, r));
                    return byUnit;
                });
    }

    /** One page of a unit's staffing history, newest first. */
    public Uni<StaffingChangeConnection> history(long unitId, Integer first, String after) {
        int size = Paging.pageSize(first);
        Long afterId = Paging.decodeId(after);
        return reads.read(s -> {
            var page = s.createSelectionQuery("from StaffingChange c where c.unitId = :unit"
                    + (afterId == null ? "" : " and c.id < :after") + " order by c.id desc", StaffingChange.class)
                    .setParameter("unit", unitId).setMaxResults(size + 1);
            if (afterId != null) {
                page.setParameter("after", afterId);
            }
            var count = s.createSelectionQuery("select count(c) from StaffingChange c where c.unitId = :unit", Long.class)
                    .setParameter("unit", unitId);
            return page.getResultList().chain(rows -> count.getSingleResult()
                    .map(total -> Paging.connection(rows, size, total, c -> String.valueOf(c.id),
                            StaffingChangeConnection.StaffingChangeEdge::new, StaffingChangeConnection::new)));
        });
    }

    /** The internal offices (内设机构) directly under the units, by unit, by code. */
    public Uni<Map<Long, List<Unit>>> offices(Collection<Long> unitIds) {
        return reads.read(s -> s.createSelectionQuery(
                        "from Unit u where u.parentId in :units and u.kind = :kind order by u.code", Unit.class)
                .setParameter("units", unitIds).setParameter("kind", UnitKind.INTERNAL_OFFICE).getResultList())
                .map(rows -> {
                    Map<Long, List<Unit>> byUnit = new HashMap<>();
                    rows.forEach(u -> byUnit.computeIfAbsent(u.parentId, k -> new ArrayList<>()).add(u));
                    return byUnit;
                });
    }
}
