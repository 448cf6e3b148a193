package cn.lvzhi.evaluation.sanding;

import cn.lvzhi.evaluation.computations.EvaluationPeriod;
import cn.lvzhi.lists.ItemStatus;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.mandates.Duty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the follow-up of cancelled and strengthened duties (取消、加强是否到位) from the data, in two queries for any
 * number of duties: the list items linked to each duty (state, raised by an approved change, cases under it) and the
 * distinct cases filed under them (by category item or legal basis), all since the round's period began — to date, as a
 * cancelled duty whose cases keep arriving after the period is still not carried out; the verdict is
 * {@link FollowUpRule}'s.
 */
@ApplicationScoped
public class FollowUps {
    private static final String ITEMS = """
            SELECT l.duty_id, li.id, li.kind, li.code, li.name, li.status,
                   EXISTS (SELECT 1 FROM list_change ch WHERE ch.item_id = li.id AND ch.status = 'APPROVED'
                           AND ch.change_type IN ('ADD','CHANGE') AND ch.decided_at >= :from),
                   (SELECT count(*) FROM case_file c WHERE (c.category_item_id = li.id OR c.basis_item_id = li.id)
                           AND c.reported_at >= :from)
            FROM mandate_duty_item_link l JOIN list_item li ON li.id = l.list_item_id
            WHERE l.duty_id IN (:duties)
            ORDER BY l.duty_id, li.kind, li.code""";
    private static final String CASES = """
            SELECT x.duty_id, x.id, x.code, x.title, x.reported_at, x.item_id, x.total FROM (
                SELECT h.*, count(*) OVER (PARTITION BY h.duty_id) AS total,
                       row_number() OVER (PARTITION BY h.duty_id ORDER BY h.reported_at DESC, h.id DESC) AS rn
                FROM (SELECT DISTINCT ON (l.duty_id, c.id) l.duty_id, c.id, c.code, c.title, c.reported_at, l.list_item_id AS item_id
                      FROM mandate_duty_item_link l
                      JOIN case_file c ON c.category_item_id = l.list_item_id OR c.basis_item_id = l.list_item_id
                      WHERE l.duty_id IN (:duties) AND c.reported_at >= :from
                      ORDER BY l.duty_id, c.id, l.list_item_id) h) x
            WHERE x.rn <= :shown
            ORDER BY x.duty_id, x.reported_at DESC, x.id DESC""";

    /**
     * The follow-up of each duty that has one (cancelled or strengthened), by duty id, since the period began; with the newest
     * cases listed when {@code withCases}, else only counted.
     */
    public Uni<Map<Long, DutyFollowUp>> of(Mutiny.StatelessSession session, List<Duty> duties, EvaluationPeriod period,
                                           boolean withCases) {
        List<Long> ids = duties.stream().filter(d -> FollowUpRule.applies(d.changeStatus)).map(d -> d.id).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createNativeQuery(ITEMS, Object[].class).setParameter("duties", ids)
                .setParameter("from", period.from()).getResultList()
                .chain(items -> session.createNativeQuery(CASES, Object[].class).setParameter("duties", ids)
                        .setParameter("from", period.from())
                        .setParameter("shown", DutyFollowUp.CASES_SHOWN).getResultList()
                        .map(cases -> assemble(duties, items, cases, withCases)));
    }

    private static Map<Long, DutyFollowUp> assemble(List<Duty> duties, List<Object[]> itemRows, List<Object[]> caseRows,
                                                    boolean withCases) {
        Map<Long, List<FollowUpItem>> items = new HashMap<>();
        for (Object[] r : itemRows) {
            items.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(new FollowUpItem(id(r[1]),
                    ListKind.valueOf((String) r[2]), (String) r[3], (String) r[4], ItemStatus.valueOf((String) r[5]),
                    Boolean.TRUE.equals(r[6]), (int) id(r[7])));
        }
        Map<Long, List<FollowUpCase>> cases = new HashMap<>();
        Map<Long, Integer> totals = new HashMap<>();
        for (Object[] r : caseRows) {
            cases.computeIfAbsent(id(r[0]), k -> new ArrayList<>())
                    .add(new FollowUpCase(id(r[1]), (String) r[2], (String) r[3], time(r[4]), id(r[5])));
            totals.put(id(r[0]), (int) id(r[6]));
        }
        Map<Long, DutyFollowUp> out = new HashMap<>();
        for (Duty d : duties) {
            if (!FollowUpRule.applies(d.changeStatus)) {
                continue;
            }
            List<FollowUpItem> linked = items.getOrDefault(d.id, List.of());
            int total = totals.getOrDefault(d.id, 0);
            FollowUpRule.Judgement j = FollowUpRule.judge(d.changeStatus, linked.stream()
                    .map(i -> new FollowUpRule.ItemState(i.status(), i.raisedSince())).toList(), total);
            out.put(d.id, new DutyFollowUp(j.status(), j.reasons(), List.copyOf(linked), total,
                    withCases ? List.copyOf(cases.getOrDefault(d.id, List.of())) : null));
        }
        return out;
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof Instant t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
