package cn.lvzhi.cases.stats;

import cn.lvzhi.cases.CaseStatus;
import cn.lvzhi.cases.CaseVisibility;
import cn.lvzhi.cases.Dispatch;
import cn.lvzhi.cases.WorkingDays;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Case statistics (with 重办 and 回访 figures) and the command-centre board, computed in SQL (GROUP BY) over the caller's scope
 * ({@link StatisticsPolicy}): the region, the command area, or — for a department or township — the cases it may
 * see, counting only the dispatches and ratings it may see (those it sent or received and what lies below them).
 */
@ApplicationScoped
public class CaseStatisticsReads {
    private static final String CLOSED = "(cn.lvzhi.cases.CaseStatus.COMPLETED, cn.lvzhi.cases.CaseStatus.CLOSED)";
    private static final long MAX_DAYS = 3 * 366;

    private final ReadSessions reads;
    private final Clock clock = Clock.systemUTC();

    public CaseStatisticsReads(ReadSessions reads) {
        this.reads = reads;
    }

    /**
     * How one grouping picks its key and label: over cases ({@code c}), dispatches ({@code d}, joined to their
     * case) and ratings ({@code r}, joined to their dispatch and case).
     */
    private record Key(String caseJoin, String dispatchJoin, String ratingJoin, String key, String label, String ratingKey,
                       String ratingLabel, boolean casesViaDispatches) {
        static Key of(StatisticsGroupBy groupBy) {
            return switch (groupBy) {
                case CATEGORY -> {
                    String join = " left join ListItem li on li.id = c.categoryItemId";
                    String k = "coalesce(li.name, c.categoryText)";
                    yield new Key(join, join, join, k, k, k, k, false);
                }
                case ORIGIN_UNIT -> {
                    String join = " join Unit u on u.id = c.originUnitId";
                    yield new Key(join, join, join, "cast(u.id as String)", "u.name", "cast(u.id as String)", "u.name", false);
                }
                case HANDLING_UNIT -> new Key(" join Unit u on u.id = d.toUnitId", " join Unit u on u.id = d.toUnitId",
                        " join Unit u on u.id = r.ratedUnitId", "cast(u.id as String)", "u.name", "cast(u.id as String)", "u.name", true);
                case MONTH -> period("YYYY-MM");
                case WEEK -> period("IYYY-IW");
            };
        }

        private static Key period(String format) {
            String k = "cast(function('to_char', function('timezone', '" + WorkingDays.ZONE.getId() + "', c.reportedAt), '"
                    + format + "') as String)";
            return new Key("", "", "", k, k, k, k, false);
        }

        /** The totals: one row over the whole scope. */
        static final Key TOTAL = new Key("", "", "", "'total'", "'total'", "'total'", "'total'", false);
    }

    public Uni<CaseStatistics> statistics(ScopedActor a, CaseStatisticsInput in) {
        StatisticsPolicy.view(a).orThrow();
        LocalDate latest = DateRanges.today().plusYears(1);
        DateRanges.within("input.from", in.from, DateRanges.RECORDS_FROM, latest, "统计开始时间");
        DateRanges.within("input.to", in.to, DateRanges.RECORDS_FROM, latest, "统计结束时间");
        if (!in.from.isBefore(in.to)) {
            throw new ValidationException("input.to", "结束时间必须晚于开始时间 (to must be after from)");
        }
        if (ChronoUnit.DAYS.between(in.from, in.to) > MAX_DAYS) {
            throw new ValidationException("input.to", "统计区间不能超过三年 (the period is at most three years)");
        }
        int minSample = in.minSample == null ? StatisticsPolicy.DEFAULT_MIN_SAMPLE : in.minSample;
        if (minSample < 1 || minSample > 1000) {
            throw new ValidationException("input.minSample", "最小样本数须在1到1000之间 (minSample is 1..1000)");
        }
        return reads.read(s -> StatisticsRollup.plan(s, a, in).chain(plan -> {
            Map<String, Object> params = new HashMap<>();
            String where = scope(a, params) + " and " + periods(plan.raw(), params);
            if (in.areaUnitId != null) {
                where += " and c.areaPath like (select concat(au.path, '%') from Unit au where au.id = :areaUnitId)";
                params.put("areaUnitId", in.areaUnitId);
            }
            String party = dispatchScope(a, params);
            String w = where;
            return both(s, plan, Key.of(in.groupBy), in.groupBy, w, party, params)
                    .chain(groups -> both(s, plan, Key.TOTAL, null, w, party, params).map(totals -> {
                        List<StatisticsGroup> rows = new ArrayList<>(groups.values());
                        rows.forEach(StatisticsPolicy::rates);
                        StatisticsPolicy.rank(rows, minSample);
                        StatisticsGroup total = totals.isEmpty() ? new StatisticsGroup("total", "total") : totals.values().iterator().next();
                        StatisticsPolicy.rates(total);
                        return new CaseStatistics(in.groupBy, in.from, in.to, minSample, rows, total);
                    }));
        }));
    }

    /**
     * One grouping's figures: the rollup's months ({@link StatisticsRollup}) plus the raw GROUP BY over the rest of
     * the period, added up by key in key order.
     */
    private Uni<Map<String, StatisticsGroup>> both(Mutiny.StatelessSession s, StatisticsRollup.Plan plan, Key k,
                                                  StatisticsGroupBy groupBy, String where, String party, Map<String, Object> params) {
        Uni<Map<String, StatisticsGroup>> raw = plan.raw().isEmpty() ? Uni.createFrom().item(new java.util.TreeMap<>())
                : groups(s, k, where, party, params, groupBy != null);
        return raw.chain(byKey -> StatisticsRollup.groups(s, plan, groupBy).map(rolled -> {
            rolled.values().forEach(g -> byKey.merge(g.key, g, StatisticsRollup::add));
            return byKey;
        }));
    }

    /** The report-time condition over case {@code c} of the ranges read raw. */
    private static String periods(List<StatisticsRollup.Range> ranges, Map<String, Object> params) {
        if (ranges.isEmpty()) {
            return "false";
        }
        List<String> any = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            any.add("(c.reportedAt >= :from" + i + " and c.reportedAt < :to" + i + ")");
            params.put("from" + i, ranges.get(i).from());
            params.put("to" + i, ranges.get(i).to());
        }
        return "(" + String.join(" or ", any) + ")";
    }

    /** The three GROUP BY queries of one grouping, merged by key in key order. */
    private Uni<Map<String, StatisticsGroup>> groups(Mutiny.StatelessSession s, Key k, String where, String party,
                                                    Map<String, Object> params, boolean grouped) {
        Map<String, StatisticsGroup> byKey = new java.util.TreeMap<>();
        String caseFrom = k.casesViaDispatches()
                ? " from Dispatch d join CaseFile c on c.id = d.caseId" + k.caseJoin() + " where " + where + party
                : " from CaseFile c" + k.caseJoin() + " where " + where;
        String cases = "select " + k.key() + ", " + k.label() + ", count(distinct c.id),"
                + " count(distinct case when c.status in " + CLOSED + " then c.id else null end),"
                + " count(distinct case when c.reopenCount > 0 then c.id else null end)" + caseFrom
                + groupBy(grouped, k.key(), k.label());
        String dispatches = "select " + k.key() + ", " + k.label() + ", count(d.id),"
                + " sum(case when d.repliedAt is not null then 1 else 0 end),"
                + " sum(case when d.repliedAt is not null and d.repliedAt <= d.handleDeadline then 1 else 0 end)"
                + " from Dispatch d join CaseFile c on c.id = d.caseId" + k.dispatchJoin() + " where " + where + party
                + groupBy(grouped, k.key(), k.label());
        String ratings = "select " + k.ratingKey() + ", " + k.ratingLabel() + ", count(r.id),"
                + " sum(case when r.level = cn.lvzhi.cases.RatingLevel.SATISFIED then 1 else 0 end),"
                + " sum(case when r.level = cn.lvzhi.cases.RatingLevel.BASICALLY_SATISFIED then 1 else 0 end),"
                + " sum(case when r.level = cn.lvzhi.cases.RatingLevel.UNSATISFIED then 1 else 0 end)"
                + " from Rating r join Dispatch d on d.id = r.dispatchId join CaseFile c on c.id = r.caseId" + k.ratingJoin()
                + " where " + where + party + groupBy(grouped, k.ratingKey(), k.ratingLabel());
        String visitFrom = k.casesViaDispatches()
                ? " from CaseVisit v join CaseFile c on c.id = v.caseId join Dispatch d on d.caseId = c.id" + k.caseJoin()
                + " where " + where + party
                : " from CaseVisit v join CaseFile c on c.id = v.caseId" + k.caseJoin() + " where " + where;
        String visits = "select " + k.key() + ", " + k.label() + ", count(distinct v.id),"
                + " count(distinct case when v.satisfaction = cn.lvzhi.cases.RatingLevel.SATISFIED then v.id else null end),"
                + " count(distinct case when v.satisfaction = cn.lvzhi.cases.RatingLevel.BASICALLY_SATISFIED then v.id else null end),"
                + " count(distinct case when v.satisfaction = cn.lvzhi.cases.RatingLevel.UNSATISFIED then v.id else null end)"
                + visitFrom + groupBy(grouped, k.key(), k.label());
        return merge(s, cases, params, byKey, (g, row) -> {
            g.cases = count(row[2]);
            g.closed = count(row[3]);
            g.reopened = count(row[4]);
        }).chain(() -> merge(s, dispatches, params, byKey, (g, row) -> {
            g.dispatches = count(row[2]);
            g.replied = count(row[3]);
            g.onTime = count(row[4]);
        })).chain(() -> merge(s, ratings, params, byKey, (g, row) -> {
            g.ratings = count(row[2]);
            g.satisfied = count(row[3]);
            g.basicallySatisfied = count(row[4]);
            g.unsatisfied = count(row[5]);
        })).chain(() -> merge(s, visits, params, byKey, (g, row) -> {
            g.visits = count(row[2]);
            g.visitSatisfied = count(row[3]);
            g.visitBasicallySatisfied = count(row[4]);
            g.visitUnsatisfied = count(row[5]);
        })).map(v -> byKey);
    }

    private static String groupBy(boolean grouped, String key, String label) {
        return grouped ? " group by " + key + (key.equals(label) ? "" : ", " + label) : "";
    }

    private static Uni<Void> merge(Mutiny.StatelessSession s, String hql, Map<String, Object> params,
                                   Map<String, StatisticsGroup> byKey, BiConsumer<StatisticsGroup, Object[]> fill) {
        return query(s, hql, params).invoke(rows -> rows.forEach(row -> {
            if (row[0] == null || row[2] == null || count(row[2]) == 0) {
                return;
            }
            String key = (String) row[0];
            fill.accept(byKey.computeIfAbsent(key, x -> new StatisticsGroup(key, String.valueOf(row[1]))), row);
        })).replaceWithVoid();
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** The caller's scope as a condition over case {@code c}. */
    static String scope(ScopedActor a, Map<String, Object> params) {
        if (StatisticsPolicy.regionWide(a)) {
            params.put("sRegion", a.regionPath() + "%");
            return "c.areaPath like :sRegion";
        }
        if (a.commandArea() != null) {
            params.put("sArea", a.commandArea() + "%");
            return "c.areaPath like :sArea";
        }
        return CaseVisibility.condition(a, params);
    }

    /**
     * The dispatches (and their ratings) counted inside the scope: all of them for a region or a command area;
     * otherwise those the actor sees ({@link CaseVisibility#dispatchCondition}: a department's own part of the tree).
     */
    static String dispatchScope(ScopedActor a, Map<String, Object> params) {
        return StatisticsPolicy.regionWide(a) || a.commandArea() != null ? "" : " and " + CaseVisibility.dispatchCondition(a, params);
    }

    public Uni<CaseBoard> board(ScopedActor a) {
        StatisticsPolicy.view(a).orThrow();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        OffsetDateTime today = LocalDate.now(clock.withZone(WorkingDays.ZONE)).atStartOfDay(WorkingDays.ZONE).toOffsetDateTime();
        Map<String, Object> params = new HashMap<>();
        String where = scope(a, params);
        String party = dispatchScope(a, params);
        params.put("today", today);
        return reads.read(s -> query(s, "select c.status, count(c.id) from CaseFile c where " + where
                + " and c.status not in (cn.lvzhi.cases.CaseStatus.CLOSED, cn.lvzhi.cases.CaseStatus.CANCELLED) group by c.status", params)
                .chain(statusRows -> query(s, "select count(d.id), 0 from Dispatch d join CaseFile c on c.id = d.caseId where " + where
                        + party + " and " + Dispatch.OVERDUE_OPEN, params)
                        .chain(overdue -> query(s, "select sum(case when c.reportedAt >= :today then 1 else 0 end),"
                                + " sum(case when c.status = cn.lvzhi.cases.CaseStatus.CLOSED and c.updatedAt >= :today and exists (select 1 from CaseEvent e"
                                + " where e.caseId = c.id and e.kind = cn.lvzhi.cases.CaseEventKind.CLOSED and e.occurredAt >= :today)"
                                + " then 1 else 0 end)"
                                + " from CaseFile c where " + where + " and (c.reportedAt >= :today or c.updatedAt >= :today)", params)
                                .map(todays -> {
                                    Map<CaseStatus, Integer> open = new LinkedHashMap<>();
                                    statusRows.forEach(r -> open.put((CaseStatus) r[0], count(r[1])));
                                    List<CaseBoard.StatusCount> byStatus = new ArrayList<>();
                                    for (CaseStatus st : CaseStatus.values()) {
                                        if (open.containsKey(st)) {
                                            byStatus.add(new CaseBoard.StatusCount(st, open.get(st)));
                                        }
                                    }
                                    return new CaseBoard(now, byStatus, count(overdue.get(0)[0]),
                                            open.getOrDefault(CaseStatus.REPORTED, 0), open.getOrDefault(CaseStatus.DISPUTED, 0),
                                            count(todays.get(0)[0]), count(todays.get(0)[1]));
                                }))));
    }

    private static Uni<List<Object[]>> query(Mutiny.StatelessSession s, String hql, Map<String, Object> params) {
        var q = s.createSelectionQuery(hql, Object[].class);
        params.forEach((name, value) -> {
            if (hql.contains(":" + name)) {
                q.setParameter(name, value);
            }
        });
        return q.getResultList();
    }
}
