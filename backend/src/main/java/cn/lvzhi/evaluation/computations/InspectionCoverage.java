package cn.lvzhi.evaluation.computations;

import cn.lvzhi.lists.claims.CatalogueClaimsReads;
import cn.lvzhi.lists.claims.CatalogueClaimsReads.InspectionItem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * INSPECTION_COVERAGE (行政检查覆盖率): of the unit's published 行政检查 power items, the share with at least one
 * inspection recorded (检查实施记录) dated within the period. A unit with no inspection item has nothing to count.
 * Rows: one per inspection item (LIST_ITEM), with the number of inspections and objects.
 */
@Singleton
public class InspectionCoverage extends BaseComputation {
    static final String NAME = "INSPECTION_COVERAGE";
    static final String DESCRIPTION = "行政检查覆盖率：本单位已公布的行政检查类权责事项中，本期内（按检查日期）至少登记一次检查实施记录的事项比例。"
            + "没有行政检查事项的单位不适用。"
            + " (Share of the unit's published inspection items with an inspection dated in the period.)";

    private final CatalogueClaimsReads claims;

    public InspectionCoverage(CatalogueClaimsReads claims) {
        super(NAME, DESCRIPTION, FigureKind.RATE, List.of());
        this.claims = claims;
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        return claims.inspectionItems(session, unitIds, period.start(), period.end()).map(items -> Figures.rates(unitIds,
                Figures.byUnit(items, InspectionItem::unitId, i -> new EvidenceRow("LIST_ITEM", i.itemId(), i.code(), i.name(),
                        i.inspections() > 0,
                        i.inspections() > 0 ? "本期检查 " + i.inspections() + " 次，检查对象 " + i.objects() + " 个" : "本期未实施检查",
                        Figures.time(i.lastInspectedOn())))));
    }
}
