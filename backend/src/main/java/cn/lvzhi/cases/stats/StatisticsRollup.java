package cn.lvzhi.cases.stats;

import cn.lvzhi.cases.WorkingDays;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Role;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistics rollup ({@code case_stat_month} per month, migrations V39 and V44; {@code case_stat_year} per year,
 * V53): which part of a statistics question it answers and its figures. It answers the whole months of the period
 * (Asia/Shanghai) that no change has marked since
 * the last refresh, for a region or a command area (the whole scope, one row per key and month under the scope's unit
 * path, also for an {@code areaUnitId} inside it) and for a department or
 * township reading as a party (its own rows: the cases, dispatches and ratings it sees, counted once); a year whose
 * twelve months it answers comes from the year's rows (a 36-month period: 3 rows per key instead of 36). Everything
 * else — the partial months at the period's ends, marked months, a party asking for an area, any other actor — the
 * caller reads from the raw tables, and the two are added up: every figure is a sum over cases of disjoint months.
 */
final class StatisticsRollup {
    /** Roles whose visibility adds cases the party rows do not hold (CaseVisibility's wider rules). */
    private static final Set<Role> WIDER = Set.of(Role.COMMITTEE, Role.GRID_WORKER, Role.INTEGRATION, Role.LEADER,
            Role.ESTABLISHMENT_OFFICE, Role.DISCIPLINE, Role.ORGANISATION, Role.COMMAND_CENTRE);

    /** A half-open range of report times read from the raw tables. */
    record Range(OffsetDateTime from, OffsetDateTime to) {
    }

    /** What the rollup answers (its months, for one viewer and scope) and what is left to the raw read. */
    record Plan(long viewer, String scope, Long areaUnitId, List<LocalDate> months, List<Range> raw) {
        static Plan rawOnly(OffsetDateTime from, OffsetDateTime to) {
            return new Plan(-1, null, null, List.of(), List.of(new Range(from, to)));
        }
    }

    /** The figures of a rollup row, in the order of the answer's columns. */
    private static final List<String> FIGURES = List.of("cases", "closed", "reopened", "dispatches", "replied", "on_time",
            "ratings", "satisfied", "basically_satisfied", "unsatisfied", "visits", "visit_satisfied",
            "visit_basically_satisfied", "visit_unsatisfied");

    private StatisticsRollup() {
    }

    /**
     * The plan for a question: the whole months inside [from, to) not marked dirty go to the rollup; the rest is
     * read raw. Reads the dirty months and, for a party, its viewer row (two statements) only when there are whole
     * months to answer.
     */
    static Uni<Plan> plan(Mutiny.StatelessSession s, ScopedActor a, CaseStatisticsInput in) {
        LocalDate first = firstWholeMonth(in.from);
        LocalDate end = in.to.atZoneSameInstant(WorkingDays.ZONE).toLocalDate().withDayOfMonth(1);
        if (!first.isBefore(end)) {
            return Uni.createFrom().item(Plan.rawOnly(in.from, in.to));
        }
        Uni<Long> viewer;
        String scope = null;
        if (StatisticsPolicy.regionWide(a)) {
            viewer = Uni.createFrom().item(0L);
            scope = a.regionPath();
        } else if (a.commandArea() != null) {
            viewer = Uni.createFrom().item(0L);
            scope = a.commandArea();
        } else if (in.areaUnitId == null && a.actingPath() != null && (a.has(Role.DEPARTMENT) || a.has(Role.TOWNSHIP))
                && WIDER.stream().noneMatch(a::has)) {
            viewer = s.createNativeQuery("select u.id from unit u where u.path = :path and case_stat_viewer_kind(u.kind)", Long.class)
                    .setParameter("path", a.actingPath()).getResultList()
                    .map(ids -> ids.isEmpty() ? -1L : ids.get(0));
        } else {
            return Uni.createFrom().item(Plan.rawOnly(in.from, in.to));
        }
        String scopePath = scope;
        return viewer.chain(v -> v < 0 ? Uni.createFrom().item(Plan.rawOnly(in.from, in.to))
                : s.createNativeQuery("select to_char(m, 'YYYY-MM-01') from case_stat_marked_months() m", String.class)
                .getResultList().map(dirty -> {
                    List<LocalDate> months = new ArrayList<>();
                    List<Range> raw = new ArrayList<>();
                    add(raw, in.from, start(first));
                    for (LocalDate m = first; m.isBefore(end); m = m.plusMonths(1)) {
                        if (dirty.contains(m.toString())) {
                            add(raw, start(m), start(m.plusMonths(1)));
                        } else {
                            months.add(m);
                        }
                    }
                    add(raw, start(end), in.to);
                    return new Plan(v, scopePath, in.areaUnitId, months, raw);
                }));
    }

    private static LocalDate firstWholeMonth(OffsetDateTime from) {
        ZonedDateTime local = from.atZoneSameInstant(WorkingDays.ZONE);
        LocalDate month = local.toLocalDate().withDayOfMonth(1);
        return local.equals(month.atStartOfDay(WorkingDays.ZONE)) ? month : month.plusMonths(1);
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(WorkingDays.ZONE).toOffsetDateTime();
    }

    /** Adds [from, to) when not empty, joined to the range before it when they touch. */
    private static void add(List<Range> ranges, OffsetDateTime from, OffsetDateTime to) {
        if (!from.isBefore(to)) {
            return;
        }
        if (!ranges.isEmpty() && ranges.get(ranges.size() - 1).to().isEqual(from)) {
            ranges.set(ranges.size() - 1, new Range(ranges.get(ranges.size() - 1).from(), to));
        } else {
            ranges.add(new Range(from, to));
        }
    }

    /** The rollup's figures of the plan's months by group key ({@code groupBy} null: the totals). */
    static Uni<Map<String, StatisticsGroup>> groups(Mutiny.StatelessSession s, Plan plan, StatisticsGroupBy groupBy) {
        Map<String, StatisticsGroup> byKey = new HashMap<>();
        if (plan.months().isEmpty()) {
            return Uni.createFrom().item(byKey);
        }
        String join = "";
        String period = "''";
        String name = "null";
        String key;
        String label;
        int dim;
        if (groupBy == null) {
            dim = 3;
            key = label = "'total'";
        } else {
            switch (groupBy) {
                case CATEGORY -> {
                    dim = 0;
                    // looked up per key (~150), never joined: a hash join would read every list item (25k)
                    name = "coalesce((select li.name from list_item li where li.id = r.key_id), r.key_text)";
                    key = label = "r.name_";
                }
                case ORIGIN_UNIT, HANDLING_UNIT -> {
                    dim = groupBy == StatisticsGroupBy.ORIGIN_UNIT ? 1 : 2;
                    join = " join unit u on u.id = r.key_id";
                    key = "cast(u.id as text)";
                    label = "u.name";
                }
                case MONTH -> {
                    dim = 3;
                    key = label = "r.period_";
                    period = "to_char(r.day, 'YYYY-MM')";
                }
                case WEEK -> {
                    dim = 4;
                    key = label = "r.period_";
                    period = "to_char(r.day, 'IYYY-IW')";
                }
                default -> throw new IllegalArgumentException(groupBy.name());
            }
        }
        // whole years from the yearly rows (not by month: their rows key by year), the other months from the monthly
        List<LocalDate> years = groupBy == StatisticsGroupBy.MONTH ? List.of() : wholeYears(plan.months());
        List<LocalDate> months = plan.months().stream().filter(m -> !years.contains(m.withDayOfYear(1))).toList();
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", plan.viewer());
        params.put("dim", (short) dim);
        String where = "r.viewer_id = :viewer and r.dim = :dim and " + scope(plan, params) + " and ";
        List<String> from = new ArrayList<>();
        if (!years.isEmpty()) {
            from.add(rows("case_stat_year", "year", years, years.get(years.size() - 1).plusYears(1), where, dim == 4, params));
        }
        if (!months.isEmpty()) {
            from.add(rows("case_stat_month", "month", months, months.get(months.size() - 1).plusMonths(1), where, dim == 4, params));
        }
        // summed per key first, labelled after: a label per row of the rollup (a join per month and key) is what
        // made a region's answer slow once the plan was generic
        StringBuilder sql = new StringBuilder("select r.key_id, r.key_text, ").append(period).append(" as period_");
        for (String figure : FIGURES) {
            sql.append(", sum(r.").append(figure).append(") as ").append(figure);
        }
        sql.append(" from (").append(String.join(" union all ", from)).append(") r");
        sql.append(" group by 1, 2, 3");
        StringBuilder outer = new StringBuilder("select ").append(key).append(", ").append(label);
        for (String figure : FIGURES) {
            outer.append(", sum(r.").append(figure).append(")");
        }
        outer.append(" from (select r.*, ").append(name).append(" as name_ from (").append(sql).append(") r) r").append(join);
        if (groupBy != null) {
            outer.append(" group by ").append(key).append(key.equals(label) ? "" : ", " + label);
        }
        var q = s.createNativeQuery(outer.toString(), Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList().map(rows -> {
            for (Object[] row : rows) {
                if (row[0] == null) {
                    continue;
                }
                StatisticsGroup g = new StatisticsGroup((String) row[0], String.valueOf(row[1]));
                g.cases = count(row[2]);
                g.closed = count(row[3]);
                g.reopened = count(row[4]);
                g.dispatches = count(row[5]);
                g.replied = count(row[6]);
                g.onTime = count(row[7]);
                g.ratings = count(row[8]);
                g.satisfied = count(row[9]);
                g.basicallySatisfied = count(row[10]);
                g.unsatisfied = count(row[11]);
                g.visits = count(row[12]);
                g.visitSatisfied = count(row[13]);
                g.visitBasicallySatisfied = count(row[14]);
                g.visitUnsatisfied = count(row[15]);
                byKey.merge(g.key, g, StatisticsRollup::add);
            }
            return byKey;
        });
    }

    /** The scope condition of the rows: a party's single '' row, the scope's path, or the deeper of scope and unit. */
    private static String scope(Plan plan, Map<String, Object> params) {
        if (plan.scope() == null) {
            return "r.area_path = ''";
        }
        params.put("scope", plan.scope());
        if (plan.areaUnitId() == null) {
            return "r.area_path = :scope";
        }
        // the cases under both the actor's scope and the unit: the deeper of the two paths, none when apart
        params.put("areaUnitId", plan.areaUnitId());
        return "r.area_path = (select case when starts_with(au.path, :scope) then au.path"
                + " when starts_with(:scope, au.path) then :scope end from unit au where au.id = :areaUnitId)";
    }

    /**
     * The rows of one table ({@code unit} year or month) for the given firsts of years or months. The weeks' rows
     * ({@code days}) lie inside them: the monthly ones are days, the yearly ones the parts of weeks inside the year,
     * dated from 1 January at the earliest.
     */
    private static String rows(String table, String unit, List<LocalDate> firsts, LocalDate end, String where, boolean days,
                               Map<String, Object> params) {
        params.put(unit + "s", firsts);
        if (!days) {
            return "select * from " + table + " r where " + where + "r.day in (:" + unit + "s)";
        }
        params.put(unit + "First", firsts.get(0));
        params.put(unit + "End", end);
        return "select * from " + table + " r where " + where + "r.day >= :" + unit + "First and r.day < :" + unit + "End"
                + " and cast(date_trunc('" + unit + "', r.day) as date) in (:" + unit + "s)";
    }

    /** The years (1 January) all twelve of whose months are among {@code months}, in order. */
    static List<LocalDate> wholeYears(List<LocalDate> months) {
        Map<LocalDate, Integer> count = new java.util.TreeMap<>();
        months.forEach(m -> count.merge(m.withDayOfYear(1), 1, Integer::sum));
        return count.entrySet().stream().filter(e -> e.getValue() == 12).map(Map.Entry::getKey).toList();
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** Adds the figures of {@code b} to {@code a} (groups of disjoint cases: every figure is a sum). */
    static StatisticsGroup add(StatisticsGroup a, StatisticsGroup b) {
        a.cases += b.cases;
        a.closed += b.closed;
        a.reopened += b.reopened;
        a.dispatches += b.dispatches;
        a.replied += b.replied;
        a.onTime += b.onTime;
        a.ratings += b.ratings;
        a.satisfied += b.satisfied;
        a.basicallySatisfied += b.basicallySatisfied;
        a.unsatisfied += b.unsatisfied;
        a.visits += b.visits;
        a.visitSatisfied += b.visitSatisfied;
        a.visitBasicallySatisfied += b.visitBasicallySatisfied;
        a.visitUnsatisfied += b.visitUnsatisfied;
        return a;
    }
}
