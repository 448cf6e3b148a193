package cn.lvzhi.evaluation.ledger;

import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.evaluation.goals.GoalReads;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.CaseLink;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.DutyLink;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.GoalLink;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.IndicatorLink;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.ListItemLink;
import cn.lvzhi.evaluation.ledger.LedgerLinkTypes.SourceLink;
import cn.lvzhi.evaluation.results.ProblemSource;
import cn.lvzhi.evaluation.schemes.EvaluationScheme;
import cn.lvzhi.evaluation.schemes.SchemePolicy;
import cn.lvzhi.lists.ListReads;
import cn.lvzhi.mandates.MandateReads;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Resolves what ledger items concern, for a page of items at once (one read per kind): each object through the
 * visibility rule of the feature that owns it (goals, lists, cases, mandates, schemes), so an object the caller may
 * not see comes back null, exactly as an absent one, and never leaks its title.
 */
@ApplicationScoped
public class LedgerLinks {
    private final ReadSessions reads;
    private final GoalReads goals;
    private final ListReads lists;
    private final CaseReads cases;
    private final MandateReads mandates;

    public LedgerLinks(ReadSessions reads, GoalReads goals, ListReads lists, CaseReads cases, MandateReads mandates) {
        this.reads = reads;
        this.goals = goals;
        this.lists = lists;
        this.cases = cases;
        this.mandates = mandates;
    }

    public Uni<List<GoalLink>> goals(ScopedActor actor, List<LedgerItem> items) {
        return goals.visibleByIds(actor, ids(items, i -> i.goalId)).map(byId -> pick(items, i -> i.goalId, byId,
                g -> new GoalLink(g.id, g.year, g.title)));
    }

    public Uni<List<ListItemLink>> listItems(ScopedActor actor, List<LedgerItem> items) {
        return lists.visibleByIds(actor, ids(items, i -> i.listItemId)).map(byId -> pick(items, i -> i.listItemId, byId,
                l -> new ListItemLink(l.id, l.kind, l.code, l.name)));
    }

    public Uni<List<CaseLink>> cases(ScopedActor actor, List<LedgerItem> items) {
        return cases.byIds(actor, ids(items, i -> i.caseId)).map(byId -> pick(items, i -> i.caseId, byId,
                c -> new CaseLink(c.id, c.code, c.title)));
    }

    public Uni<List<DutyLink>> duties(ScopedActor actor, List<LedgerItem> items) {
        return mandates.visibleDuties(actor, ids(items, i -> i.dutyId)).map(byId -> pick(items, i -> i.dutyId, byId,
                d -> new DutyLink(d.id, d.unitId, d.text)));
    }

    /** The indicator named by code in the scheme of the item's round, when the actor sees that scheme. */
    public Uni<List<IndicatorLink>> indicators(ScopedActor actor, List<LedgerItem> items) {
        List<Long> roundIds = items.stream().filter(i -> i.indicatorCode != null).map(i -> i.roundId).filter(Objects::nonNull)
                .distinct().toList();
        Uni<Map<Long, EvaluationScheme>> schemes = roundIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : reads.read(s -> s.createSelectionQuery("select r.id, s from EvaluationRound r, EvaluationScheme s"
                        + " where r.id in :ids and s.id = r.schemeId", Object[].class).setParameter("ids", roundIds).getResultList())
                .map(rows -> {
                    Map<Long, EvaluationScheme> byRound = new HashMap<>();
                    for (Object[] r : rows) {
                        EvaluationScheme scheme = (EvaluationScheme) r[1];
                        if (SchemePolicy.sees(actor, scheme.regionPath, scheme.status)) {
                            byRound.put((Long) r[0], scheme);
                        }
                    }
                    return byRound;
                });
        return schemes.map(byRound -> items.stream().map(i -> {
            EvaluationScheme scheme = i.indicatorCode == null || i.roundId == null ? null : byRound.get(i.roundId);
            return scheme == null ? null : scheme.document.node(i.indicatorCode)
                    .map(n -> new IndicatorLink(n.code(), n.name())).orElse(null);
        }).toList());
    }

    /** The finding's source; a form review also names the form (submission) its reviewed version belongs to. */
    public Uni<List<SourceLink>> sources(List<LedgerItem> items) {
        List<Long> versions = items.stream().filter(LedgerLinks::formReview)
                .map(i -> i.sourceId).filter(Objects::nonNull).distinct().toList();
        Uni<Map<Long, Long>> forms = versions.isEmpty() ? Uni.createFrom().item(Map.of())
                : reads.read(s -> s.createSelectionQuery("select v.id, v.submissionId from FormVersion v where v.id in :ids",
                        Object[].class).setParameter("ids", versions).getResultList())
                .map(rows -> {
                    Map<Long, Long> byVersion = new HashMap<>();
                    rows.forEach(r -> byVersion.put((Long) r[0], (Long) r[1]));
                    return byVersion;
                });
        return forms.map(byVersion -> items.stream().map(i -> new SourceLink(ProblemSource.valueOf(i.sourceKind), i.sourceId,
                formReview(i) && i.sourceId != null ? byVersion.get(i.sourceId) : null)).toList());
    }

    private static boolean formReview(LedgerItem item) {
        return ProblemSource.FORM_REVIEW.name().equals(item.sourceKind);
    }

    static List<Long> ids(List<LedgerItem> items, Function<LedgerItem, Long> id) {
        return items.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }

    private static <T, L> List<L> pick(List<LedgerItem> items, Function<LedgerItem, Long> id, Map<Long, T> byId,
                                       Function<T, L> link) {
        return items.stream().map(i -> {
            T found = id.apply(i) == null ? null : byId.get(id.apply(i));
            return found == null ? null : link.apply(found);
        }).toList();
    }
}
