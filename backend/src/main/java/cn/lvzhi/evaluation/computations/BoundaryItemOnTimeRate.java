package cn.lvzhi.evaluation.computations;

import cn.lvzhi.cases.HandlingRecordsReads.Handling;
import cn.lvzhi.lists.ItemParties;
import cn.lvzhi.lists.ListItem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * BOUNDARY_ITEM_ON_TIME_RATE (职责边界事项履职按时率): the on-time rate of {@link CaseOnTimeRate} over only the
 * dispatches of cases filed under a boundary item (职责边界清单事项) that names the unit as its lead or a co-operating
 * unit ({@link ItemParties}, the lists' own reading of an item's parties). Rows: one per such dispatch.
 */
@Singleton
public class BoundaryItemOnTimeRate extends BaseComputation {
    static final String NAME = "BOUNDARY_ITEM_ON_TIME_RATE";
    static final String DESCRIPTION = "职责边界事项履职按时率：本期内派给本单位、且所属事件归类为职责边界清单事项（本单位为该事项的牵头单位或协同单位）的派单中，"
            + "在办理时限内办结反馈的比例；分母口径同事件办理按时率（退单和尚在时限内的派单不计）。无可计派单时不适用。"
            + " (The on-time rate over the dispatches of cases filed under a boundary item naming the unit as lead or"
            + " co-operator.)";

    private final ReceivedDispatches dispatches;
    private final ItemParties parties;

    public BoundaryItemOnTimeRate(ReceivedDispatches dispatches, ItemParties parties) {
        super(NAME, DESCRIPTION, FigureKind.RATE, List.of());
        this.dispatches = dispatches;
        this.parties = parties;
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        OffsetDateTime asOf = OffsetDateTime.now();
        return dispatches.of(session, unitIds, period).chain(received -> {
            List<Long> itemIds = received.stream().map(Handling::caseCategoryItemId).filter(Objects::nonNull).distinct().toList();
            return partiesOf(session, itemIds).map(named -> Handlings.onTimeRate(unitIds, received.stream()
                    .filter(h -> h.caseCategoryItemId() != null
                            && named.getOrDefault(h.caseCategoryItemId(), Set.of()).contains(h.unitId()))
                    .toList(), asOf));
        });
    }

    /** The units each boundary item among these names (lead and co-operators), by item id. */
    private Uni<Map<Long, Set<Long>>> partiesOf(Mutiny.StatelessSession session, List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createSelectionQuery("from ListItem i where i.id in :ids and i.kind = cn.lvzhi.lists.ListKind.BOUNDARY",
                        ListItem.class).setParameter("ids", itemIds).getResultList()
                .chain(parties::ofAll)
                .map(byItem -> {
                    Map<Long, Set<Long>> named = new HashMap<>();
                    byItem.forEach((itemId, p) -> {
                        Set<Long> units = new HashSet<>();
                        if (p.lead() != null) {
                            units.add(p.lead().unitId());
                        }
                        p.cooperating().forEach(c -> units.add(c.unitId()));
                        named.put(itemId, units);
                    });
                    return named;
                });
    }
}
