package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.evaluation.computations.Computation;
import cn.lvzhi.evaluation.computations.ComputedFigure;
import cn.lvzhi.evaluation.computations.EvaluationPeriod;
import cn.lvzhi.evaluation.computations.EvidenceRow;
import cn.lvzhi.evaluation.computations.FigureKind;
import cn.lvzhi.evaluation.computations.ParamSpec;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A COUNT of a unit's ledger items for a deduction indicator (扣分项) of the next round: one HQL condition on item
 * {@code i} picks the items, each counted once and kept as an evidence row (LEDGER_ITEM, code TZ-id).
 */
abstract class LedgerComputation implements Computation {
    private final String name;
    private final String description;

    LedgerComputation(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** The condition on item {@code i} (parameters :from, :until, :end, :today, :open available). */
    abstract String condition();

    /** The evidence row's note for an item. */
    abstract String note(LedgerState state, LocalDate dueOn, Integer daysLate, LocalDate today);

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public FigureKind figureKind() {
        return FigureKind.COUNT;
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of();
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        LocalDate today = LedgerReads.today();
        String hql = "select i.id, i.unitId, i.description, i.state, i.dueOn, i.daysLate, i.openedAt from LedgerItem i"
                + " where i.unitId in :units and " + condition() + " order by i.unitId, i.id";
        var query = session.createSelectionQuery(hql, Object[].class).setParameter("units", unitIds);
        Map<String, Object> bound = Map.of("from", period.from(), "until", period.until(), "end", period.end(), "today", today,
                "open", LedgerState.OPEN);
        bound.forEach((k, v) -> {
            if (hql.contains(":" + k)) {
                query.setParameter(k, v);
            }
        });
        return query.getResultList().map(rows -> {
            Map<Long, List<EvidenceRow>> byUnit = new HashMap<>();
            for (Object[] r : rows) {
                LedgerState state = (LedgerState) r[3];
                byUnit.computeIfAbsent((Long) r[1], u -> new ArrayList<>()).add(new EvidenceRow("LEDGER_ITEM", (Long) r[0],
                        "TZ-" + r[0], (String) r[2], true, note(state, (LocalDate) r[4], (Integer) r[5], today),
                        (java.time.OffsetDateTime) r[6]));
            }
            Map<Long, ComputedFigure> figures = new HashMap<>();
            for (Long unit : unitIds) {
                List<EvidenceRow> evidence = byUnit.getOrDefault(unit, List.of());
                figures.put(unit, ComputedFigure.count(evidence.size(), evidence));
            }
            return figures;
        });
    }
}
