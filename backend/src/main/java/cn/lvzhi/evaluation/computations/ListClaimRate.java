package cn.lvzhi.evaluation.computations;

import cn.lvzhi.lists.claims.CatalogueClaimsReads;
import cn.lvzhi.lists.claims.CatalogueClaimsReads.CatalogueEntry;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LIST_CLAIM_RATE (清单认领率): of the entries of the unit's claim catalogue (the upper-level department's published
 * 处罚/检查/强制/其他 items, as the lists define it), the share the unit has claimed — claimed now, and claimed before
 * the period's end (a claim made after it does not count). A unit without a claim catalogue has nothing to count.
 * Rows: one per catalogue entry (LIST_ITEM, by catalogue code).
 */
@Singleton
public class ListClaimRate extends BaseComputation {
    static final String NAME = "LIST_CLAIM_RATE";
    static final String DESCRIPTION = "清单认领率：本单位认领目录（上级部门已公布的行政处罚、检查、强制及其他类事项，按目录编码计）中已认领事项的比例；"
            + "以计算时的认领状态为准，期末之后才认领的不计入。未设认领目录的单位不适用。"
            + " (Share of the unit's claim catalogue it has claimed by the period's end; not applicable without a catalogue.)";

    private final CatalogueClaimsReads claims;

    public ListClaimRate(CatalogueClaimsReads claims) {
        super(NAME, DESCRIPTION, FigureKind.RATE, List.of());
        this.claims = claims;
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        OffsetDateTime until = period.until();
        return claims.catalogues(session, unitIds).map(entries -> Figures.rates(unitIds,
                Figures.byUnit(entries, CatalogueEntry::unitId, e -> {
                    boolean late = e.claimed() && e.changedAt() != null && !e.changedAt().isBefore(until);
                    String note = !e.claimed() ? "未认领" + (e.reason() == null ? "" : "：" + e.reason())
                            : late ? "期末之后认领，不计入" : "已认领";
                    return new EvidenceRow("LIST_ITEM", e.itemId(), e.catalogueCode(), e.name(), e.claimed() && !late, note,
                            e.changedAt());
                })));
    }
}
