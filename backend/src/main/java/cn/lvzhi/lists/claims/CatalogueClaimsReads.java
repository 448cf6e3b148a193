package cn.lvzhi.lists.claims;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * Claiming (认领) and inspection (检查实施) as measures of units, for any number of units in one query each, on the
 * same definitions as {@link ClaimService}'s figures: a unit's catalogue is the published 处罚/检查/强制/其他 items
 * with a catalogue code of the upper-level department named for it in claim_catalogue (one entry per catalogue
 * code); its inspection items are its own published 行政检查 power items.
 */
@ApplicationScoped
public class CatalogueClaimsReads {

    /** One catalogue entry of a unit: claimed or not, with the unclaiming reason and when the claim last changed. */
    public record CatalogueEntry(long unitId, String catalogueCode, long itemId, String name, boolean claimed,
                                 String reason, OffsetDateTime changedAt) {
    }

    /** One inspection item of a unit with the inspections recorded under it in a period. */
    public record InspectionItem(long unitId, long itemId, String code, String name, long inspections, long objects,
                                 LocalDate lastInspectedOn) {
    }

    /** The catalogue entries of these units with their current claims, by unit and catalogue code. */
    public Uni<List<CatalogueEntry>> catalogues(Mutiny.StatelessSession s, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return s.createNativeQuery("""
                        SELECT cc.unit_id, c.catalogue_code, min(c.id), min(c.name), coalesce(bool_or(k.claimed), false),
                               min(k.reason), extract(epoch FROM min(k.changed_at))
                        FROM claim_catalogue cc
                        JOIN list_item c ON c.unit_id = cc.catalogue_unit_id
                        LEFT JOIN catalogue_claim k ON k.unit_id = cc.unit_id AND k.catalogue_code = c.catalogue_code
                        WHERE cc.unit_id IN (:units) AND c.kind = 'POWER' AND c.status = 'PUBLISHED'
                          AND c.catalogue_code IS NOT NULL AND c.power_type IN""" + " " + ClaimService.CLAIM_TYPES + """
                         GROUP BY cc.unit_id, c.catalogue_code
                        ORDER BY cc.unit_id, c.catalogue_code""", Object[].class)
                .setParameter("units", unitIds).getResultList()
                .map(rows -> rows.stream().map(r -> new CatalogueEntry(((Number) r[0]).longValue(), (String) r[1],
                        ((Number) r[2]).longValue(), (String) r[3], (Boolean) r[4], (String) r[5],
                        r[6] == null ? null : OffsetDateTime.ofInstant(Instant.ofEpochMilli(Math.round(((Number) r[6]).doubleValue() * 1000)),
                                ZoneOffset.UTC))).toList());
    }

    /** The inspection items of these units with the inspections dated from {@code start} to {@code end} inclusive. */
    public Uni<List<InspectionItem>> inspectionItems(Mutiny.StatelessSession s, Collection<Long> unitIds, LocalDate start,
                                                     LocalDate end) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return s.createSelectionQuery("""
                        select i.unitId, i.id, i.code, i.name, count(r.id), coalesce(sum(r.objectCount), 0), max(r.date)
                        from ListItem i left join InspectionRecord r on r.itemId = i.id and r.date >= :start and r.date <= :end
                        where i.unitId in :units and i.kind = cn.lvzhi.lists.ListKind.POWER
                          and i.status = cn.lvzhi.lists.ItemStatus.PUBLISHED and i.powerType = cn.lvzhi.lists.PowerType.INSPECTION
                        group by i.unitId, i.id, i.code, i.name
                        order by i.unitId, i.code""", Object[].class)
                .setParameter("units", unitIds).setParameter("start", start).setParameter("end", end).getResultList()
                .map(rows -> rows.stream().map(r -> new InspectionItem((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), (LocalDate) r[6])).toList());
    }
}
