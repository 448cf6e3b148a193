package cn.lvzhi.cases.stats;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.DatabaseOwner;
import cn.lvzhi.testing.Gql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics rollup (migrations V39, V44 and V53, {@link StatisticsRollup}): after every kind of change that affects
 * the figures, the change marks its month in the writer's transaction; the answers read raw while the month is marked
 * and from the rollup once it is refreshed are identical, for the whole scope (also narrowed to an area inside it, to
 * an area holding it and to an area apart from the cases) and for a party (a department, a
 * township: CaseVisibility's rule, each case and dispatch counted once), also for the year with the next month (its
 * yearly and monthly rows added up); and the refreshed rollup, monthly and yearly, equals the raw computation row for
 * row.
 */
@QuarkusTest
class StatisticsRollupTest {
    private static final String STATS = """
            query($i: CaseStatisticsInput!) { caseStatistics(input: $i) {
              groups { key label cases dispatches closed replied onTime ratings satisfied basicallySatisfied unsatisfied
                       reopened visits visitSatisfied visitBasicallySatisfied visitUnsatisfied satisfactionRate onTimeRate ranked rank }
              totals { cases dispatches closed replied onTime ratings satisfied basicallySatisfied unsatisfied reopened
                       visits visitSatisfied visitBasicallySatisfied visitUnsatisfied } } }""";
    private static final List<String> GROUPINGS = List.of("CATEGORY", "ORIGIN_UNIT", "HANDLING_UNIT", "MONTH", "WEEK");
    private static final int YEAR = 2007;

    @Inject
    AgroalDataSource db;

    @Inject
    StatisticsRefreshJob job;

    @Test
    void everyKindOfChangeKeepsTheRollupExactForTheRegionAndForAParty() throws SQLException {
        CaseStatisticsApiTest prepared = new CaseStatisticsApiTest();
        prepared.db = db;
        try (var c = db.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("delete from case_visit where case_id in (select id from case_file where reporter_subject = 'stats-test'"
                    + " and extract(year from reported_at) = " + YEAR + ")");
            st.executeUpdate("delete from case_dispatch where parent_dispatch_id is not null and case_id in (select id from case_file"
                    + " where reporter_subject = 'stats-test' and extract(year from reported_at) = " + YEAR + ")");
        }
        prepared.prepare(YEAR);
        List<Role> roles = List.of(Role.LEADER, Role.DEPARTMENT);
        agree("reports, dispatches, replies and ratings", roles);
        try (var c = db.getConnection(); var st = c.createStatement()) {
            long a = id(st, "select id from case_file where reporter_subject = 'stats-test' and reported_at = timestamptz '" + YEAR + "-03-05 10:00:00+08'");
            long b = id(st, "select id from case_file where reporter_subject = 'stats-test' and reported_at = timestamptz '" + YEAR + "-03-20 10:00:00+08'");
            long cc = id(st, "select id from case_file where reporter_subject = 'stats-test' and reported_at = timestamptz '" + YEAR + "-04-02 10:00:00+08'");
            long toEnv = id(st, "select d.id from case_dispatch d join unit u on u.id = d.to_unit_id where d.case_id = " + a + " and u.code = 'JZ-QH-D10'");
            long toCity = id(st, "select d.id from case_dispatch d join unit u on u.id = d.to_unit_id where d.case_id = " + a + " and u.code = 'JZ-QH-D11'");

            // onward dispatches (下派): the department sees the one below its own dispatch, not the one below 城市管理局's
            change(st, "insert into case_dispatch (case_id, parent_dispatch_id, ancestry, from_unit_id, from_subject, from_name, to_unit_id,"
                    + " role, status, sent_at, sign_deadline, handle_deadline, replied_at, reply_text)"
                    + " select d.case_id, d.id, '/' || d.id || '/', d.to_unit_id, 'stats-test', '测试', t.id, 'LEAD', 'REPLIED', d.sent_at,"
                    + " d.sign_deadline, d.handle_deadline, d.handle_deadline - interval '1 hour', '已处理'"
                    + " from case_dispatch d, unit t where d.id in (" + toEnv + ", " + toCity + ") and t.code = 'JZ-QH-T01'", 3);
            agree("onward dispatches", roles);
            change(st, "update case_file set status = 'CLOSED' where id = " + b, 3);
            agree("a case closed", roles);
            change(st, "update case_rating set level = 'SATISFIED' where dispatch_id = " + toCity, 3);
            agree("a rating revised on appeal", roles);
            change(st, "update case_file set status = 'DISPUTED', ever_disputed = true where id = " + cc, 4);
            agree("a dispute", roles);
            change(st, "update case_file set reopen_count = 1, round = 2, status = 'DISPATCHED' where id = " + a, 3);
            agree("a case reopened", roles);
            change(st, "insert into case_visit (case_id, round, way, satisfaction, by_subject, by_name, by_unit_id)"
                    + " select " + a + ", 1, 'PHONE', 'BASICALLY_SATISFIED', 'stats-test', '测试', u.id from unit u where u.code = 'JZ-QH-ZH'", 3);
            agree("a return visit", roles);
            change(st, "update case_dispatch set replied_at = handle_deadline + interval '1 day' where id = " + toEnv, 3);
            agree("a reply moved past its deadline", roles);
            change(st, "delete from case_rating where dispatch_id = " + toEnv, 3);
            agree("a rating removed", roles);
            CaseStatisticsApiTest.insertCase(st, YEAR + "-05-31", "REPORTED", "统计测试丙");
            assertTrue(marked(st, 5) > 0, "a new report marks its month");
            agree("a new report", List.of(Role.LEADER, Role.DEPARTMENT, Role.TOWNSHIP, Role.COMMAND_CENTRE, Role.ESTABLISHMENT_OFFICE));
            // the overdue flag changes no figure and marks nothing
            refresh(st);
            st.executeUpdate("update case_dispatch set overdue = not overdue where case_id = " + cc);
            assertEquals(0, marked(st, 4), "the overdue flag is not a statistics figure");
        }
    }

    /** The rollup is what answers once refreshed: a figure tampered with in it shows in the answer. */
    @Test
    void theRefreshedMonthsAreAnsweredFromTheRollup() throws SQLException {
        CaseStatisticsApiTest prepared = new CaseStatisticsApiTest();
        prepared.db = db;
        prepared.prepare(YEAR + 1);
        try (var c = db.getConnection(); var st = c.createStatement()) {
            refresh(st);
            Map<String, Object> in = CaseStatisticsApiTest.input("MONTH", YEAR + 1, 1);
            int before = Gql.data(Gql.as(Role.LEADER, STATS, Map.of("i", in))).getInt("data.caseStatistics.totals.cases");
            // the whole year is read from its yearly row, eleven whole months from their monthly rows
            Map<String, Object> months = new java.util.HashMap<>(in);
            months.put("to", (YEAR + 1) + "-12-01T00:00:00+08:00");
            int beforeMonths = Gql.data(Gql.as(Role.LEADER, STATS, Map.of("i", months))).getInt("data.caseStatistics.totals.cases");
            st.executeUpdate("update case_stat_month set cases = cases + 100 where viewer_id = 0 and dim = 3 and day = date '" + (YEAR + 1) + "-03-01'");
            assertEquals(beforeMonths + 100, Gql.data(Gql.as(Role.LEADER, STATS, Map.of("i", months))).getInt("data.caseStatistics.totals.cases"));
            assertEquals(before, Gql.data(Gql.as(Role.LEADER, STATS, Map.of("i", in))).getInt("data.caseStatistics.totals.cases"),
                    "the whole year does not read its monthly rows");
            st.executeUpdate("update case_stat_year set cases = cases + 1000 where viewer_id = 0 and dim = 3 and day = date '" + (YEAR + 1) + "-01-01'");
            int tampered = Gql.data(Gql.as(Role.LEADER, STATS, Map.of("i", in))).getInt("data.caseStatistics.totals.cases");
            assertEquals(before + 1000, tampered);
            // a partial month is read raw: the tampered rows are not read for a period starting at noon on 1 March
            Map<String, Object> partial = new java.util.HashMap<>(in);
            partial.put("from", (YEAR + 1) + "-03-01T12:00:00+08:00");
            assertEquals(before, Gql.data(Gql.as(Role.LEADER, STATS, Map.of("i", partial))).getInt("data.caseStatistics.totals.cases"));
            refresh(st);
            assertEquals(before, Gql.data(Gql.as(Role.LEADER, STATS, Map.of("i", in))).getInt("data.caseStatistics.totals.cases"));
            assertEquals(beforeMonths, Gql.data(Gql.as(Role.LEADER, STATS, Map.of("i", months))).getInt("data.caseStatistics.totals.cases"));
        }
    }

    /** Through the product's own write path (report, dispatch, sign, reply, rate, appeal) in the current month. */
    @Test
    void theWritePathMarksItsMonthAndTheRefreshedRollupEqualsTheRawCount() throws SQLException {
        LocalDate month = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfMonth(1);
        try (var c = db.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("delete from case_stat_dirty where date_trunc('month', day) = date '" + month + "'");
            Cases.pendingAppeal();
            assertTrue(id(st, "select count(*) from case_stat_dirty where date_trunc('month', day) = date '" + month + "'") >= 4,
                    "the report, the dispatch, the reply and the rating each mark the month in their transaction");
            Map<String, Object> in = Map.of("groupBy", "HANDLING_UNIT", "from", month + "T00:00:00+08:00",
                    "to", month.plusMonths(1) + "T00:00:00+08:00", "minSample", 1);
            String raw = Gql.data(Gql.as(Role.DEPARTMENT, STATS, Map.of("i", in))).prettify();
            st.execute("select case_stat_refresh_months(array[date '" + month + "'])");
            assertEquals(0, id(st, "select count(*) from case_stat_dirty where date_trunc('month', day) = date '" + month + "'"));
            assertEquals(raw, Gql.data(Gql.as(Role.DEPARTMENT, STATS, Map.of("i", in))).prettify());
        }
    }

    /** The scheduled job's own refresh (through the pool, not Hibernate): every marked month, then nothing left. */
    @Test
    void theJobRefreshesEveryMarkedMonthAndThenFindsNone() throws Throwable {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (var c = db.getConnection(); var st = c.createStatement()) {
            VertxContextSupport.subscribeAndAwait(() -> job.refresh(1000, today));
            assertEquals(0, id(st, "select count(*) from case_stat_dirty"), "the first run refreshes every marked month");
            st.executeUpdate("insert into case_stat_dirty values (date '" + YEAR + "-03-09'), (date '" + YEAR + "-04-02')");
            assertEquals(2, VertxContextSupport.subscribeAndAwait(() -> job.refresh(100, today)), "March and April");
            assertEquals(0, marked(st, 3) + marked(st, 4));
            assertEquals(0, VertxContextSupport.subscribeAndAwait(() -> job.refresh(100, today)), "nothing left to refresh");
        }
        try (var c = db.getConnection(); var st = c.createStatement()) {
            refresh(st);
        }
    }

    /** The marked months as the reads and the refresh find them, and a refresh that leaves a month and later ones. */
    @Test
    void theMarkedMonthsAreFoundAndARefreshLeavesTheMonthsFromTheOneNamed() throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement()) {
            refresh(st);
            // each day of March three times, and the same 75 days later (mid-May to mid-June)
            st.executeUpdate("insert into case_stat_dirty select (d + shift.n * interval '1 day')::date"
                    + " from generate_series(date '" + YEAR + "-03-01', date '" + YEAR + "-03-31', interval '1 day') d,"
                    + " generate_series(1, 3) k, (values (0), (75)) shift (n)");
            assertEquals(id(st, "select count(distinct date_trunc('month', day)) from case_stat_dirty"),
                    id(st, "select count(*) from case_stat_marked_months()"), "every marked month, once");
            assertEquals(3, id(st, "select count(*) from case_stat_marked_months() m where extract(year from m) = " + YEAR),
                    "March, May and June of " + YEAR);
            assertEquals(0, id(st, "select count(*) from case_stat_marked_months() m where m <> date_trunc('month', m)"));
            assertTrue(id(st, "select case_stat_refresh(100, date '" + YEAR + "-05-01')") >= 1);
            assertEquals(0, marked(st, 3), "March refreshed");
            assertEquals(31 * 3, marked(st, 5) + marked(st, 6), "May and June left for a later turn");
            refresh(st);
            assertEquals(0, marked(st, 5) + marked(st, 6));
            // nothing marked before the month named: none refreshed, every mark left
            st.executeUpdate("insert into case_stat_dirty values (date '" + YEAR + "-03-09')");
            assertEquals(0, id(st, "select case_stat_refresh(100, date '1900-01-01')"));
            assertEquals(1, marked(st, 3));
            refresh(st);
        }
    }

    /**
     * The database runs without PostgreSQL's JIT (V57), for every connection made since: the refresh's statement is
     * estimated costly enough for the JIT, which compiled it at every call even with nothing to refresh (2.2 s of a
     * core, against 46 ms without).
     */
    @Test
    void theDatabaseRunsWithoutTheJit() throws SQLException {
        try (var c = DatabaseOwner.connect(); var st = c.createStatement(); var rs = st.executeQuery("show jit")) {
            rs.next();
            assertEquals("off", rs.getString(1));
        }
    }

    /**
     * Marks every month of the year (so the answers are read raw), takes the answers of every grouping for each
     * role, refreshes the year's months and requires the same answers from the rollup, which must equal the raw
     * computation row for row.
     */
    private void agree(String after, List<Role> roles) throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("insert into case_stat_dirty select generate_series(date '" + YEAR + "-01-01', date '" + YEAR
                    + "-12-01', interval '1 month')");
            Map<String, String> raw = answers(roles);
            refresh(st);
            assertEquals(0, id(st, "select count(*) from case_stat_dirty where extract(year from day) = " + YEAR));
            Map<String, String> rolled = answers(roles);
            raw.forEach((question, answer) -> assertEquals(answer, rolled.get(question), after + ": " + question));
            assertTrue(raw.get("LEADER CATEGORY").contains("统计测试甲"), after + ": the answers hold the prepared cases");
            assertTrue(raw.get("LEADER CATEGORY T01").contains("统计测试甲"), after + ": so do those of their township");
            assertTrue(raw.get("LEADER CATEGORY above").contains("统计测试甲"), after + ": and of the unit above the region");
            assertTrue(!raw.get("LEADER CATEGORY T02").contains("统计测试甲"), after + ": but not those of another township");
        }
    }

    private Map<String, String> answers(List<Role> roles) throws SQLException {
        Map<String, Long> areas = new LinkedHashMap<>();
        try (var c = db.getConnection(); var st = c.createStatement()) {
            // the prepared cases' township, a sibling township, and the unit above the region (an area holding the scope)
            areas.put("T01", id(st, "select id from unit where code = 'JZ-QH-T01'"));
            areas.put("T02", id(st, "select id from unit where code = 'JZ-QH-T02'"));
            areas.put("above", id(st, "select a.id from unit a, unit t where t.code = 'JZ-QH-T01'"
                    + " and a.path = substring(t.path from '^/[0-9]+/')"));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Role role : roles) {
            for (String grouping : GROUPINGS) {
                Map<String, Object> in = CaseStatisticsApiTest.input(grouping, YEAR, 1);
                out.put(role + " " + grouping, Gql.data(Gql.as(role, STATS, Map.of("i", in))).prettify());
                if (grouping.equals("WEEK") || grouping.equals("CATEGORY")) {
                    // the year from its yearly rows and the next January from its monthly ones, added by key (the
                    // week of 31 December YEAR is in both: 2008-W01 begins on that Monday)
                    Map<String, Object> longer = new java.util.HashMap<>(in);
                    longer.put("to", (YEAR + 1) + "-02-01T00:00:00+08:00");
                    out.put(role + " " + grouping + " year and a month", Gql.data(Gql.as(role, STATS, Map.of("i", longer))).prettify());
                }
                if (role == Role.LEADER || role == Role.COMMAND_CENTRE) {
                    // the whole scope narrowed to an area: the scope's rows of the deeper path (V44), none when apart
                    areas.forEach((name, unit) -> {
                        Map<String, Object> area = new java.util.HashMap<>(in);
                        area.put("areaUnitId", unit);
                        out.put(role + " " + grouping + " " + name, Gql.data(Gql.as(role, STATS, Map.of("i", area))).prettify());
                    });
                }
            }
        }
        return out;
    }

    /** Runs a change and requires it to have marked its month (the prepared cases lie in March and April). */
    private static void change(Statement st, String sql, int month) throws SQLException {
        refresh(st);
        st.executeUpdate(sql);
        assertTrue(marked(st, month) > 0, "the change marks its month: " + sql);
    }

    private static int marked(Statement st, int month) throws SQLException {
        return (int) id(st, "select count(*) from case_stat_dirty where date_trunc('month', day) = date '" + YEAR + "-"
                + (month < 10 ? "0" : "") + month + "-01'");
    }

    /** Refreshes the test's year (only: other tests' marks are theirs), which must then equal the raw computation. */
    private static void refresh(Statement st) throws SQLException {
        st.execute("select case_stat_refresh_months(array(select generate_series(date '" + YEAR + "-01-01', date '" + (YEAR + 1)
                + "-12-01', interval '1 month')::date))");
        assertEquals(0, id(st, """
                select count(*) from (
                  (select * from case_stat_month_rows(date '%1$s-01-01', date '%2$s-12-01')
                   except all select * from case_stat_month where day >= date '%1$s-01-01' and day < date '%3$s-01-01')
                  union all
                  (select * from case_stat_month where day >= date '%1$s-01-01' and day < date '%3$s-01-01'
                   except all select * from case_stat_month_rows(date '%1$s-01-01', date '%2$s-12-01'))) x"""
                .formatted(YEAR, YEAR + 1, YEAR + 2)), "the rollup equals the raw computation");
        // the yearly rows: the raw months summed per year, the weeks' days per part of a week inside the year
        assertEquals(0, id(st, """
                with raw as (
                  select case when dim = 4 then greatest(date_trunc('week', day), date_trunc('year', day))
                              else date_trunc('year', day) end::date as day, viewer_id, dim, area_path, key_id, key_text,
                         sum(cases) cases, sum(closed) closed, sum(reopened) reopened, sum(dispatches) dispatches,
                         sum(replied) replied, sum(on_time) on_time, sum(ratings) ratings, sum(satisfied) satisfied,
                         sum(basically_satisfied) basically, sum(unsatisfied) unsatisfied, sum(visits) visits,
                         sum(visit_satisfied) v_sat, sum(visit_basically_satisfied) v_basic, sum(visit_unsatisfied) v_unsat
                  from case_stat_month_rows(date '%1$s-01-01', date '%2$s-12-01') group by 1, 2, 3, 4, 5, 6),
                stored as (select * from case_stat_year where day >= date '%1$s-01-01' and day < date '%3$s-01-01')
                select count(*) from ((select * from raw except all select * from stored)
                                      union all (select * from stored except all select * from raw)) x"""
                .formatted(YEAR, YEAR + 1, YEAR + 2)), "the yearly rollup equals the raw computation");
    }

    private static long id(Statement st, String sql) throws SQLException {
        try (var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
