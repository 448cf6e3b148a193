package cn.lvzhi.evaluation.forms;

import cn.lvzhi.cases.HandlingRecordsReads;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.computations.EvaluationPeriod;
import cn.lvzhi.evaluation.forms.FormContent.BoundaryRole;
import cn.lvzhi.evaluation.forms.FormContent.BoundaryRow;
import cn.lvzhi.evaluation.forms.FormContent.OperationRow;
import cn.lvzhi.evaluation.goals.DutyGoal;
import cn.lvzhi.evaluation.goals.GoalStatus;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.lists.ItemParties;
import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a unit's forms start from (预填): (1) its goals published for the round's year; (2) the published boundary items
 * naming it as lead or co-operator, each with the cases filed under the item that reached the unit in the round's
 * period (the dispatches it received, refused ones left out — the cases' own handling record, as
 * BOUNDARY_ITEM_ON_TIME_RATE reads it); (3) its internal offices and their published duty tasks, to name in suggestions.
 */
@ApplicationScoped
public class FormPrefill {
    /** At most this many case codes are listed per boundary item (the count is exact). */
    static final int CASE_CODES_SHOWN = 20;

    private final ReadSessions reads;
    private final HandlingRecordsReads handling;
    private final ItemParties parties;

    public FormPrefill(ReadSessions reads, HandlingRecordsReads handling, ItemParties parties) {
        this.reads = reads;
        this.handling = handling;
        this.parties = parties;
    }

    /** A blank row per goal of the unit published for the year the round's period ends in, in the goals' order. */
    public Uni<List<OperationRow>> goals(EvaluationRound round, long unitId) {
        return reads.read(s -> s.createSelectionQuery("from DutyGoal g where g.unitId = :unit and g.year = :year"
                        + " and g.status = :published order by g.ordinal, g.id", DutyGoal.class)
                .setParameter("unit", unitId).setParameter("year", round.periodEnd.getYear())
                .setParameter("published", GoalStatus.PUBLISHED).getResultList())
                .map(goals -> goals.stream().map(g -> new OperationRow(g.id, g.title, target(g), null, null, null, null, List.of()))
                        .toList());
    }

    private static String target(DutyGoal g) {
        if (g.targetQuantity != null) {
            return g.targetQuantity.stripTrailingZeros().toPlainString() + (g.targetUnit == null ? "" : g.targetUnit);
        }
        return g.targetText;
    }

    /** A row per published boundary item naming the unit, with its cases in the period, by item code. */
    public Uni<List<BoundaryRow>> boundaries(EvaluationRound round, Unit unit) {
        return reads.read(s -> s.createSelectionQuery("from ListItem i where i.kind = :kind and i.status = :published"
                        + " order by i.code", ListItem.class)
                .setParameter("kind", ListKind.BOUNDARY).setParameter("published", ItemStatus.PUBLISHED).getResultList())
                .chain(items -> parties.ofAll(items).map(byItem -> {
                    Map<Long, BoundaryRole> roles = new LinkedHashMap<>();
                    Map<Long, ListItem> named = new HashMap<>();
                    for (ListItem item : items) {
                        ItemParties.Parties p = byItem.get(item.id);
                        BoundaryRole role = p.lead() != null && p.lead().unitId() == unit.id ? BoundaryRole.LEAD
                                : p.cooperating().stream().anyMatch(c -> c.unitId() == unit.id) ? BoundaryRole.COOPERATING : null;
                        if (role != null) {
                            roles.put(item.id, role);
                            named.put(item.id, item);
                        }
                    }
                    return Map.entry(roles, named);
                }))
                .chain(found -> cases(round, unit.id, found.getKey().keySet()).map(cases -> {
                    List<BoundaryRow> rows = new ArrayList<>();
                    found.getKey().forEach((itemId, role) -> {
                        ListItem item = found.getValue().get(itemId);
                        Set<String> codes = cases.getOrDefault(itemId, Set.of());
                        rows.add(new BoundaryRow(itemId, item.code, item.name, role, null, codes.size(),
                                codes.stream().limit(CASE_CODES_SHOWN).toList(), null));
                    });
                    return rows;
                }));
    }

    /** The codes of the cases under each item dispatched to the unit in the round's period (not refused), by item. */
    private Uni<Map<Long, Set<String>>> cases(EvaluationRound round, long unitId, Set<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        EvaluationPeriod period = new EvaluationPeriod(round.periodStart, round.periodEnd);
        return reads.read(s -> handling.received(s, List.of(unitId), period.from(), period.until())).map(received -> {
            Map<Long, Set<String>> byItem = new HashMap<>();
            received.stream().filter(h -> h.caseCategoryItemId() != null && itemIds.contains(h.caseCategoryItemId())
                            && h.refusedAt() == null)
                    .forEach(h -> byItem.computeIfAbsent(h.caseCategoryItemId(), k -> new TreeSet<>()).add(h.caseCode()));
            return byItem;
        });
    }

    /** The unit's internal offices, each with its published duty tasks (职责任务清单), by office name. */
    public Uni<List<FormOffice>> offices(long unitId) {
        return reads.read(s -> s.createSelectionQuery("from Unit u where u.parentId = :unit and u.kind = :office order by u.code",
                        Unit.class).setParameter("unit", unitId).setParameter("office", UnitKind.INTERNAL_OFFICE).getResultList()
                .chain(offices -> offices.isEmpty() ? Uni.createFrom().item(List.<FormOffice>of())
                        : s.createSelectionQuery("from ListItem i where i.kind = :kind and i.status = :published"
                                        + " and i.unitId in :offices order by i.code", ListItem.class)
                                .setParameter("kind", ListKind.DUTY_TASK).setParameter("published", ItemStatus.PUBLISHED)
                                .setParameter("offices", offices.stream().map(o -> o.id).toList()).getResultList()
                                .map(items -> offices.stream().map(o -> new FormOffice(o.id, o.name, items.stream()
                                        .filter(i -> i.unitId.equals(o.id))
                                        .map(i -> new FormOffice.Duty(i.id, i.code, i.name, i.publishedVersion)).toList())).toList())));
    }
}
