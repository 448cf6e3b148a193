package cn.lvzhi.cases.basis;

import cn.lvzhi.cases.BasisRule;
import cn.lvzhi.cases.Case;
import cn.lvzhi.cases.CasePolicy;
import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.cases.Dispatch;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.lists.ItemParties;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListReads;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a hop's handler may name as its legal basis (the published power items of its department) and which of them
 * to suggest first ({@link BasisRanking}), from the case's category: its name, the department's duty in that list
 * item, and the cases of the same category the department already handled under each item. Only the hop's handler
 * asks (the picker is on its forms); anyone else who sees the hop is FORBIDDEN, as on the forms' own operations.
 */
@ApplicationScoped
public class BasisSuggestions {
    private final CaseReads cases;
    private final ListReads lists;
    private final ItemParties parties;
    private final ReadSessions reads;

    public BasisSuggestions(CaseReads cases, ListReads lists, ItemParties parties, ReadSessions reads) {
        this.cases = cases;
        this.lists = lists;
        this.parties = parties;
        this.reads = reads;
    }

    /** A hop the actor handles, its case and its department. */
    private record Hop(Dispatch dispatch, Case caseFile, Unit department) {
    }

    private Uni<Hop> hop(ScopedActor a, long dispatchId) {
        return cases.visibleDispatch(a, dispatchId).chain(d -> {
            CasePolicy.handle(a, d).orThrow();
            return cases.units(List.of(d.toUnitId)).chain(byId -> {
                Unit to = byId.get(d.toUnitId);
                long dept = BasisRule.department(to.kind, to.id, to.parentId);
                Uni<Unit> department = dept == to.id ? Uni.createFrom().item(to) : cases.units(List.of(dept)).map(m -> m.get(dept));
                return department.chain(u -> cases.byId(a, d.caseId).map(c -> new Hop(d, c, u)));
            });
        });
    }

    /** The published power items the hop may name, by code. */
    public Uni<List<ListItem>> choices(ScopedActor a, long dispatchId) {
        return hop(a, dispatchId).chain(h -> lists.publishedPower(h.department().id));
    }

    /** The suggested items for the hop, best first (at most {@link BasisRanking#LIMIT}). */
    public Uni<List<BasisSuggestion>> of(ScopedActor a, long dispatchId) {
        return hop(a, dispatchId).chain(h -> lists.publishedPower(h.department().id).chain(items -> {
            Case c = h.caseFile();
            Uni<ListItem> category = c.categoryItemId == null ? Uni.createFrom().nullItem()
                    : lists.itemsByIds(List.of(c.categoryItemId)).map(m -> m.get(c.categoryItemId));
            return category.chain(cat -> duty(cat, h.department().id).chain(duty -> usage(c, items).map(usage -> {
                String name = cat == null ? c.categoryText : cat.name;
                List<BasisRanking.Candidate> candidates = items.stream()
                        .map(i -> new BasisRanking.Candidate(i.id, i.code, i.name)).toList();
                Map<Long, ListItem> byId = new HashMap<>();
                items.forEach(i -> byId.put(i.id, i));
                List<BasisSuggestion> out = new ArrayList<>();
                for (BasisRanking.Ranked r : BasisRanking.rank(name, duty, candidates, usage)) {
                    out.add(new BasisSuggestion(byId.get(r.itemId()), out.size() + 1, r.casesOfCategory(), r.sharedTerms(), r.reasons()));
                }
                return out;
            })));
        }));
    }

    /** The department's duty in the category's list item (牵头、协同 or 属地配合), or null. */
    private Uni<String> duty(ListItem category, long departmentId) {
        if (category == null) {
            return Uni.createFrom().nullItem();
        }
        return parties.of(category).map(p -> {
            if (p.lead() != null && p.lead().unitId() == departmentId) {
                return p.lead().responsibility();
            }
            return p.cooperating().stream().filter(n -> n.unitId() == departmentId).map(ItemParties.Named::responsibility)
                    .findFirst().orElse(p.townshipResponsibility());
        });
    }

    /** Per item, the other cases of the same category whose hops named it. */
    private Uni<Map<Long, Integer>> usage(Case c, List<ListItem> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Long> ids = items.stream().map(i -> i.id).toList();
        boolean byItem = c.categoryItemId != null;
        String sql = "SELECT d.basis_item_id, count(DISTINCT d.case_id) FROM case_dispatch d JOIN case_file c ON c.id = d.case_id"
                + " WHERE d.basis_item_id IN (:ids) AND d.status <> 'REFUSED' AND d.case_id <> :self AND "
                + (byItem ? "c.category_item_id = :category" : "c.category_item_id IS NULL AND c.category_text = :category")
                + " GROUP BY d.basis_item_id";
        Object category = byItem ? c.categoryItemId : c.categoryText;
        return reads.read(s -> s.createNativeQuery(sql, Object[].class).setParameter("ids", ids).setParameter("self", c.id)
                .setParameter("category", category).getResultList()).map(rows -> {
                    Map<Long, Integer> out = new HashMap<>();
                    rows.forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
                    return out;
                });
    }
}
