package cn.lvzhi.lists.claims;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.ListPolicy;
import cn.lvzhi.lists.PowerType;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitReads;
import cn.lvzhi.security.Role;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Claiming (认领) of the upper-level catalogue and inspection coverage (检查覆盖率). A unit's catalogue is the
 * published 处罚/检查/强制/其他 power items (with a catalogue code) of the upper-level department named for it in
 * {@code claim_catalogue}; its inspection items are its own published 行政检查 power items.
 */
@ApplicationScoped
public class ClaimService {
    static final String UNIT_NOT_FOUND = "单位不存在 (unit not found)";
    static final String ITEM_NOT_FOUND = "清单事项不存在 (list item not found)";
    static final int MAX_CODES = 500;
    /** The power types claimed from the catalogue, as stored. */
    static final String CLAIM_TYPES = "('PENALTY','INSPECTION','COERCION','OTHER')";

    /** The catalogue items of a unit: list_item c joined to claim_catalogue cc, and {@link #CATALOGUE_WHERE}. */
    private static final String CATALOGUE_FROM = " FROM claim_catalogue cc JOIN list_item c ON c.unit_id = cc.catalogue_unit_id ";
    private static final String CATALOGUE_WHERE = """
             WHERE cc.unit_id = :unit AND c.kind = 'POWER' AND c.status = 'PUBLISHED' AND c.catalogue_code IS NOT NULL
               AND c.power_type IN """ + CLAIM_TYPES;

    private final UnitReads units;
    private final ReadSessions reads;
    private final AuditLog audit;

    public ClaimService(UnitReads units, ReadSessions reads, AuditLog audit) {
        this.units = units;
        this.reads = reads;
        this.audit = audit;
    }

    /** What the audit trail keeps of a claim change. */
    record ClaimSnapshot(Long unitId, List<String> catalogueCodes, boolean claimed, String reason) {
    }

    /** The catalogue of a unit with its claims; NOT_FOUND unless the actor sees the unit's internal figures. */
    public Uni<List<CatalogueEntry>> catalogue(ScopedActor actor, long unitId) {
        return visibleUnit(actor, unitId).chain(unit -> reads.read(s -> s.createNativeQuery("""
                        SELECT c.catalogue_code, min(c.name), min(c.power_type), min(c.id),
                               coalesce(bool_or(k.claimed), false), min(k.reason)
                        """ + CATALOGUE_FROM + """
                         LEFT JOIN catalogue_claim k ON k.unit_id = cc.unit_id AND k.catalogue_code = c.catalogue_code
                        """ + CATALOGUE_WHERE + """
                         GROUP BY c.catalogue_code ORDER BY c.catalogue_code""", Object[].class)
                .setParameter("unit", unitId).getResultList())
                .map(rows -> rows.stream().map(r -> new CatalogueEntry((String) r[0], (String) r[1], PowerType.valueOf((String) r[2]),
                        ((Number) r[3]).longValue(), (Boolean) r[4], (String) r[5])).toList()));
    }

    /** A unit the actor sees the internal figures of; NOT_FOUND otherwise, exactly like a missing unit. */
    private Uni<Unit> visibleUnit(ScopedActor actor, long unitId) {
        return unitFor(unitId, unit -> {
            if (!ListPolicy.seesDraft(actor, unit.path)) {
                throw new NotFoundException(UNIT_NOT_FOUND);
            }
        });
    }

    /** The unit, when the actor may claim for it: NOT_FOUND for an unknown unit, FORBIDDEN with the reason otherwise. */
    private Uni<Unit> permitted(ScopedActor actor, long unitId) {
        return unitFor(unitId, unit -> ClaimPolicy.claim(actor, unit.path).orThrow());
    }

    /** Loads a unit (NOT_FOUND when missing) and applies a check that throws when the actor may not use it. */
    private Uni<Unit> unitFor(long unitId, Consumer<Unit> check) {
        return units.byIds(List.of(unitId)).map(found -> {
            Unit unit = found.get(unitId);
            if (unit == null) {
                throw new NotFoundException(UNIT_NOT_FOUND);
            }
            check.accept(unit);
            return unit;
        });
    }

    @WithTransaction
    public Uni<ClaimPayload> claim(ScopedActor actor, ClaimCatalogueInput input) {
        List<String> codes = codes(input.catalogueCodes);
        return permitted(actor, input.unitId).chain(unit -> inCatalogue(unit.id, codes)).chain(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("""
                                INSERT INTO catalogue_claim (unit_id, catalogue_code, claimed, changed_by)
                                SELECT DISTINCT cc.unit_id, c.catalogue_code, true, :by""" + CATALOGUE_FROM + CATALOGUE_WHERE + """
                                 AND c.catalogue_code IN (:codes)
                                ON CONFLICT (unit_id, catalogue_code) DO UPDATE
                                SET claimed = true, reason = NULL, changed_at = now(), changed_by = excluded.changed_by
                                WHERE NOT catalogue_claim.claimed""")
                        .setParameter("unit", input.unitId).setParameter("by", actor.actor().displayName())
                        .setParameter("codes", codes).executeUpdate()))
                .call(changed -> changed == 0 ? Uni.createFrom().voidItem()
                        : audit.record(actor.actor(), "CATALOGUE_CLAIMED", "Unit", input.unitId, null,
                        new ClaimSnapshot(input.unitId, codes, true, null)))
                .chain(changed -> statOf(input.unitId).map(stat -> new ClaimPayload(changed, stat)));
    }

    @WithTransaction
    public Uni<ClaimPayload> unclaim(ScopedActor actor, UnclaimCatalogueInput input) {
        List<String> codes = codes(input.catalogueCodes);
        String reason = input.reason;
        return permitted(actor, input.unitId).chain(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("""
                                UPDATE catalogue_claim SET claimed = false, reason = :reason, changed_at = now(), changed_by = :by
                                WHERE unit_id = :unit AND claimed AND catalogue_code IN (:codes)""")
                        .setParameter("unit", input.unitId).setParameter("by", actor.actor().displayName()).setParameter("reason", reason)
                        .setParameter("codes", codes).executeUpdate()))
                .call(changed -> changed == 0 ? Uni.createFrom().voidItem()
                        : audit.record(actor.actor(), "CATALOGUE_UNCLAIMED", "Unit", input.unitId,
                        new ClaimSnapshot(input.unitId, codes, true, null), new ClaimSnapshot(input.unitId, codes, false, reason)))
                .chain(changed -> statOf(input.unitId).map(stat -> new ClaimPayload(changed, stat)));
    }

    private static List<String> codes(List<String> given) {
        if (given == null || given.isEmpty() || given.size() > MAX_CODES) {
            throw new ValidationException("input.catalogueCodes", "请选择 1 至 " + MAX_CODES + " 个目录事项 (give 1.." + MAX_CODES + " codes)");
        }
        return List.copyOf(new LinkedHashSet<>(given.stream().map(String::strip).toList()));
    }

    private Uni<Void> inCatalogue(long unitId, List<String> codes) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT DISTINCT c.catalogue_code" + CATALOGUE_FROM + CATALOGUE_WHERE
                        + " AND c.catalogue_code IN (:codes)", String.class)
                .setParameter("unit", unitId).setParameter("codes", codes).getResultList())
                .invoke(known -> {
                    List<String> unknown = codes.stream().filter(c -> !known.contains(c)).toList();
                    if (!unknown.isEmpty()) {
                        throw new ValidationException("input.catalogueCodes",
                                "不在本单位的认领目录中：" + String.join("、", unknown.subList(0, Math.min(5, unknown.size())))
                                        + " (not in the unit's catalogue)");
                    }
                }).replaceWithVoid();
    }

    @WithTransaction
    public Uni<InspectionRecord> recordInspection(ScopedActor actor, RecordInspectionInput input) {
        DateRanges.within("input.date", input.date, DateRanges.RECORDS_FROM, DateRanges.today(), "检查日期");
        return ListItem.<ListItem>findById(input.itemId).chain(item -> {
            if (item == null || item.kind != ListKind.POWER || item.status != ItemStatus.PUBLISHED) {
                throw new NotFoundException(ITEM_NOT_FOUND);
            }
            return units.pathsOf(List.of(item.unitId)).map(paths -> {
                ClaimPolicy.recordInspection(actor, paths.get(item.unitId)).orThrow();
                if (item.powerType != PowerType.INSPECTION) {
                    throw new ValidationException("input.itemId", "只能为行政检查事项登记检查 (only 行政检查 items record inspections)");
                }
                return item;
            });
        }).chain(item -> {
            InspectionRecord record = new InspectionRecord();
            record.itemId = item.id;
            record.date = input.date;
            record.objectCount = input.objectCount;
            record.note = Texts.optional(input.note);
            record.recordedBy = actor.actor().displayName();
            record.recordedAt = OffsetDateTime.now();
            return record.<InspectionRecord>persistAndFlush();
        }).call(r -> audit.record(actor.actor(), "INSPECTION_RECORDED", "InspectionRecord", r.id, null, r));
    }

    /**
     * Per-unit figures of the units with a catalogue that the actor sees (its own unit and below; the region for
     * the establishment office; everything for leaders), optionally inside one region or among given units.
     */
    public Uni<ClaimStatConnection> stats(ScopedActor actor, Long regionId, List<Long> unitIds, Integer first, String after) {
        int size = Paging.pageSize(first);
        String afterCode = Paging.decode(after);
        if (unitIds != null && unitIds.size() > Paging.MAX_PAGE) {
            throw new ValidationException("unitIds", "单位不超过 " + Paging.MAX_PAGE + " 个 (at most " + Paging.MAX_PAGE + " units)");
        }
        Map<String, Object> params = new HashMap<>();
        String where = filter(actor, regionId, unitIds, params);
        String page = where + (afterCode == null ? "" : " AND u.code > :after");
        return reads.read(s -> {
            var rows = s.createNativeQuery(statsSql(page), Object[].class).setParameter("limit", size + 1);
            var count = s.createNativeQuery("SELECT count(*) FROM claim_catalogue cc JOIN unit u ON u.id = cc.unit_id WHERE " + where,
                    Long.class);
            params.forEach((k, v) -> {
                rows.setParameter(k, v);
                count.setParameter(k, v);
            });
            if (afterCode != null) {
                rows.setParameter("after", afterCode);
            }
            return rows.getResultList().chain(found -> count.getSingleResult().map(total -> Paging.connection(found, size, total,
                    r -> (String) r[1], (cursor, r) -> new ClaimStatConnection.ClaimStatEdge(cursor, stat(r)),
                    ClaimStatConnection::new)));
        });
    }

    /** Unit ids given as GraphQL IDs (strings); {@code null} stays {@code null}, a malformed id is a VALIDATION error. */
    static List<Long> ids(List<String> given) {
        if (given == null) {
            return null;
        }
        try {
            return given.stream().filter(java.util.Objects::nonNull).map(String::strip).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new ValidationException("unitIds", "单位编号无效 (invalid unit id)");
        }
    }

    /** One unit's figures, inside the caller's transaction. */
    private Uni<ClaimStat> statOf(long unitId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(statsSql("u.id = :id"), Object[].class)
                .setParameter("id", unitId).setParameter("limit", 1).getResultList())
                .map(rows -> rows.isEmpty() ? ClaimStat.of(unitId, 0, 0, 0, 0) : stat(rows.get(0)));
    }

    private static ClaimStat stat(Object[] r) {
        return ClaimStat.of(((Number) r[0]).longValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue());
    }

    /** Figures of the first {@code :limit} units with a catalogue matching {@code where} (over unit u), by code. */
    private static String statsSql(String where) {
        return """
                WITH page AS (
                    SELECT u.id, u.code, cc.catalogue_unit_id FROM claim_catalogue cc JOIN unit u ON u.id = cc.unit_id
                    WHERE %s ORDER BY u.code LIMIT :limit),
                catalogue AS (
                    SELECT p.id AS unit_id, c.catalogue_code,
                           EXISTS (SELECT 1 FROM catalogue_claim k
                                   WHERE k.unit_id = p.id AND k.catalogue_code = c.catalogue_code AND k.claimed) AS claimed
                    FROM page p JOIN list_item c ON c.unit_id = p.catalogue_unit_id
                    WHERE c.kind = 'POWER' AND c.status = 'PUBLISHED' AND c.catalogue_code IS NOT NULL AND c.power_type IN %s
                    GROUP BY p.id, c.catalogue_code),
                inspection AS (
                    SELECT i.unit_id, count(*) AS items,
                           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM inspection_record r WHERE r.item_id = i.id)) AS covered
                    FROM list_item i
                    WHERE i.unit_id IN (SELECT id FROM page) AND i.kind = 'POWER' AND i.status = 'PUBLISHED' AND i.power_type = 'INSPECTION'
                    GROUP BY i.unit_id)
                SELECT p.id, p.code,
                       (SELECT count(*) FROM catalogue c WHERE c.unit_id = p.id),
                       (SELECT count(*) FROM catalogue c WHERE c.unit_id = p.id AND c.claimed),
                       coalesce(ins.items, 0), coalesce(ins.covered, 0)
                FROM page p LEFT JOIN inspection ins ON ins.unit_id = p.id
                ORDER BY p.code""".formatted(where, CLAIM_TYPES);
    }

    private static String filter(ScopedActor actor, Long regionId, List<Long> unitIds, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (!actor.has(Role.LEADER)) {
            // as ListPolicy.seesDraft: the office sees its region (which holds its own unit), everyone else its own unit
            boolean office = actor.has(Role.ESTABLISHMENT_OFFICE) && actor.regionPath() != null;
            params.put("visible", (office ? actor.regionPath() : actor.unitPath()) + "%");
            where.add("u.path LIKE :visible");
        }
        if (regionId != null) {
            where.add("u.path LIKE (SELECT o.path || '%' FROM unit o WHERE o.id = :region)");
            params.put("region", regionId);
        }
        if (unitIds != null) {
            if (unitIds.isEmpty()) {
                return "false";
            }
            where.add("u.id IN (:ids)");
            params.put("ids", unitIds);
        }
        return where.isEmpty() ? "true" : String.join(" AND ", where);
    }
}
