package cn.lvzhi.cases.stats;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Case statistics with exact figures over a prepared set of cases in a year of their own (no demo or other test
 * data lies there): arithmetic, ranking by minimum sample, and a department's scope.
 */
@QuarkusTest
class CaseStatisticsApiTest {
    private static final String STATS = """
            query($i: CaseStatisticsInput!) { caseStatistics(input: $i) { minSample
              groups { key label cases dispatches closed replied onTime ratings satisfied basicallySatisfied unsatisfied
                       satisfactionRate onTimeRate ranked rank }
              totals { cases dispatches closed replied onTime ratings satisfied unsatisfied satisfactionRate onTimeRate } } }""";

    @Inject
    AgroalDataSource db;

    /**
     * In {@code year}, in 清河街道, reported by the grid: A (March, CLOSED) dispatched to 生态环境局 (replied on time,
     * 满意) and 城市管理局 (replied late, 不满意); B (March) to 生态环境局 (on time, 基本满意); C (April) to 城市管理局
     * (sent only); D (April, REPORTED) not dispatched.
     */
    void prepare(int year) throws SQLException {
        String y = String.valueOf(year);
        try (var c = db.getConnection(); var st = c.createStatement()) {
            // the database outlives a run: drop what an earlier run prepared in this year
            String earlier = "select id from case_file where reporter_subject = 'stats-test' and extract(year from reported_at) = " + year;
            st.executeUpdate("delete from case_rating where case_id in (" + earlier + ")");
            st.executeUpdate("delete from case_dispatch where case_id in (" + earlier + ")");
            st.executeUpdate("delete from case_file where id in (" + earlier + ")");
            long a = insertCase(st, y + "-03-05", "CLOSED", "统计测试甲");
            long b = insertCase(st, y + "-03-20", "IN_PROGRESS", "统计测试甲");
            long cc = insertCase(st, y + "-04-02", "DISPATCHED", "统计测试乙");
            insertCase(st, y + "-04-10", "REPORTED", "统计测试乙");
            long d1 = insertDispatch(st, a, "JZ-QH-D10", "LEAD", "RATED", y + "-03-06", y + "-03-10", y + "-03-09");
            long d2 = insertDispatch(st, a, "JZ-QH-D11", "CO_OPERATE", "RATED", y + "-03-06", y + "-03-10", y + "-03-12");
            long d3 = insertDispatch(st, b, "JZ-QH-D10", "LEAD", "RATED", y + "-03-21", y + "-03-28", y + "-03-28");
            insertDispatch(st, cc, "JZ-QH-D11", "LEAD", "SENT", y + "-04-03", y + "-04-10", null);
            insertRating(st, d1, a, "JZ-QH-D10", "SATISFIED");
            insertRating(st, d2, a, "JZ-QH-D11", "UNSATISFIED");
            insertRating(st, d3, b, "JZ-QH-D10", "BASICALLY_SATISFIED");
        }
    }

    static long insertCase(java.sql.Statement st, String day, String status, String category) throws SQLException {
        try (var rs = st.executeQuery("""
                insert into case_file (code, title, description, category_text, address, source, origin_unit_id, area_unit_id,
                  area_path, reporter_subject, reporter_name, priority, status, reported_at)
                select '%s', '统计测试', '统计测试事件', '%s', '清河街道', 'GRID_WORKER', g.id, t.id, t.path, 'stats-test', '测试',
                  'NORMAL', '%s', timestamptz '%s 10:00:00+08'
                from unit g, unit t where g.code = 'JZ-QH-T01-V01-G01' and t.code = 'JZ-QH-T01' returning id"""
                .formatted("ST-" + UUID.randomUUID().toString().substring(0, 20), category, status, day))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long insertDispatch(java.sql.Statement st, long caseId, String to, String role, String status, String sent,
                                       String deadline, String replied) throws SQLException {
        String reply = replied == null ? "null, null" : "timestamptz '" + replied + " 12:00:00+08', '已处理'";
        try (var rs = st.executeQuery("""
                insert into case_dispatch (case_id, from_unit_id, from_subject, from_name, to_unit_id, role, status, sent_at,
                  sign_deadline, handle_deadline, replied_at, reply_text)
                select %d, f.id, 'stats-test', '测试', t.id, '%s', '%s', timestamptz '%s 09:00:00+08', timestamptz '%s 18:00:00+08',
                  timestamptz '%s 18:00:00+08', %s
                from unit f, unit t where f.code = 'JZ-QH-ZH' and t.code = '%s' returning id"""
                .formatted(caseId, role, status, sent, sent, deadline, reply, to))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void insertRating(java.sql.Statement st, long dispatchId, long caseId, String rated, String level) throws SQLException {
        st.executeUpdate("""
                insert into case_rating (dispatch_id, case_id, level, original_level, comment, rater_unit_id, rater_subject,
                  rater_name, rated_unit_id)
                select %d, %d, '%s', '%s', '处理不到位', f.id, 'stats-test', '测试', t.id
                from unit f, unit t where f.code = 'JZ-QH-ZH' and t.code = '%s'""".formatted(dispatchId, caseId, level, level, rated));
    }

    static Map<String, Object> input(String groupBy, int year, Integer minSample) {
        Map<String, Object> in = new java.util.HashMap<>(Map.of("groupBy", groupBy, "from", year + "-01-01T00:00:00+08:00",
                "to", (year + 1) + "-01-01T00:00:00+08:00"));
        if (minSample != null) {
            in.put("minSample", minSample);
        }
        return in;
    }

    static JsonPath stats(Role role, Map<String, Object> input) {
        return Gql.data(Gql.as(role, STATS, Map.of("i", input)));
    }

    @Test
    void monthlyFiguresCountCasesDispatchesOnTimeAndSatisfactionExactly() throws SQLException {
        prepare(2003);
        JsonPath s = stats(Role.LEADER, input("MONTH", 2003, 3));
        assertEquals(List.of("2003-03", "2003-04"), s.getList("data.caseStatistics.groups.key"));
        Map<String, Object> march = s.getMap("data.caseStatistics.groups[0]");
        assertEquals(2, march.get("cases"));
        assertEquals(1, march.get("closed"));
        assertEquals(3, march.get("dispatches"));
        assertEquals(3, march.get("replied"));
        assertEquals(2, march.get("onTime"), "the reply on the deadline day counts; the late one does not");
        assertEquals(3, march.get("ratings"));
        assertEquals(1, march.get("satisfied"));
        assertEquals(1, march.get("basicallySatisfied"));
        assertEquals(1, march.get("unsatisfied"));
        assertEquals(1.0 / 3, s.getDouble("data.caseStatistics.groups[0].satisfactionRate"), 1e-6, "basically satisfied is not satisfied");
        assertEquals(2.0 / 3, s.getDouble("data.caseStatistics.groups[0].onTimeRate"), 1e-6);
        assertEquals(true, march.get("ranked"));
        assertEquals(1, march.get("rank"));
        Map<String, Object> april = s.getMap("data.caseStatistics.groups[1]");
        assertEquals(List.of(2, 0, 1, 0, 0), List.of(april.get("cases"), april.get("closed"), april.get("dispatches"),
                april.get("onTime"), april.get("ratings")));
        assertNull(april.get("satisfactionRate"));
        assertNull(april.get("onTimeRate"));
        assertEquals(false, april.get("ranked"));
        assertNull(april.get("rank"));
        Map<String, Object> totals = s.getMap("data.caseStatistics.totals");
        assertEquals(List.of(4, 4, 1, 3, 2, 3, 1, 1), List.of(totals.get("cases"), totals.get("dispatches"), totals.get("closed"),
                totals.get("replied"), totals.get("onTime"), totals.get("ratings"), totals.get("satisfied"), totals.get("unsatisfied")));
    }

    @Test
    void handlingUnitsAreRankedOnlyFromTheMinimumSample() throws SQLException {
        prepare(2004);
        JsonPath one = stats(Role.ESTABLISHMENT_OFFICE, input("HANDLING_UNIT", 2004, 1));
        assertEquals(List.of("清河区生态环境局", "清河区城市管理局"), sortedByRank(one));
        assertEquals(List.of(2, 2), one.getList("data.caseStatistics.groups.cases"));
        JsonPath two = stats(Role.ESTABLISHMENT_OFFICE, input("HANDLING_UNIT", 2004, 2));
        List<Map<String, Object>> groups = two.getList("data.caseStatistics.groups");
        Map<String, Object> env = groups.stream().filter(g -> g.get("label").equals("清河区生态环境局")).findFirst().orElseThrow();
        Map<String, Object> city = groups.stream().filter(g -> g.get("label").equals("清河区城市管理局")).findFirst().orElseThrow();
        assertEquals(List.of(2, 2, 2, 1, 1, 0), List.of(env.get("dispatches"), env.get("onTime"), env.get("ratings"),
                env.get("satisfied"), env.get("basicallySatisfied"), env.get("unsatisfied")));
        assertEquals(0.5, ((Number) env.get("satisfactionRate")).doubleValue(), 1e-6);
        assertEquals(1, env.get("rank"));
        assertEquals(List.of(2, 1, 0, 1, 1), List.of(city.get("dispatches"), city.get("replied"), city.get("onTime"),
                city.get("ratings"), city.get("unsatisfied")));
        assertEquals(false, city.get("ranked"), "one rating is below the sample of two");
        assertNull(city.get("rank"));
        assertEquals(5, stats(Role.LEADER, input("CATEGORY", 2004, null)).getInt("data.caseStatistics.minSample"));
    }

    private static List<String> sortedByRank(JsonPath s) {
        List<Map<String, Object>> groups = s.getList("data.caseStatistics.groups");
        return groups.stream().sorted(java.util.Comparator.comparing(g -> (Integer) g.get("rank"))).map(g -> (String) g.get("label")).toList();
    }

    @Test
    void aDepartmentCountsOnlyTheCasesAndDispatchesItTakesPartIn() throws SQLException {
        prepare(2005);
        JsonPath s = stats(Role.DEPARTMENT, input("CATEGORY", 2005, 1));
        assertEquals(List.of("统计测试甲"), s.getList("data.caseStatistics.groups.key"), "C and D were never its cases");
        Map<String, Object> totals = s.getMap("data.caseStatistics.totals");
        assertEquals(List.of(2, 2, 2, 1, 0), List.of(totals.get("cases"), totals.get("dispatches"), totals.get("ratings"),
                totals.get("satisfied"), totals.get("unsatisfied")), "the dispatch to 城市管理局 is not its business");
        JsonPath region = stats(Role.DISCIPLINE, input("CATEGORY", 2005, 1));
        assertEquals(java.util.Set.of("统计测试甲", "统计测试乙"), java.util.Set.copyOf(region.getList("data.caseStatistics.groups.key")),
                "discipline reads the region");
        assertEquals(4, region.getInt("data.caseStatistics.totals.cases"));
    }

    @Test
    void refusedRolesAndBadPeriods() {
        Gql.error(Gql.as(Role.GRID_WORKER, STATS, Map.of("i", input("MONTH", 2006, null))), "FORBIDDEN");
        Gql.error(Gql.as(Role.COMMITTEE, "query { caseBoard { disputed } }"), "FORBIDDEN");
        Map<String, Object> backwards = new java.util.HashMap<>(input("MONTH", 2006, null));
        backwards.put("to", "2005-01-01T00:00:00+08:00");
        Gql.error(Gql.as(Role.LEADER, STATS, Map.of("i", backwards)), "VALIDATION");
        Gql.error(Gql.as(Role.LEADER, STATS, Map.of("i", input("WEEK", 2006, 0))), "VALIDATION");
    }

    @Test
    void theBoardCountsOpenWorkWithItsSnapshotTime() {
        JsonPath b = Gql.data(Gql.as(Role.COMMAND_CENTRE, """
                query { caseBoard { snapshotAt openByStatus { status count } overdueDispatches awaitingAcceptance disputed
                  newToday closedToday } }"""));
        assertTrue(b.getString("data.caseBoard.snapshotAt").startsWith("20"));
        List<Map<String, Object>> open = b.getList("data.caseBoard.openByStatus");
        int reported = open.stream().filter(o -> o.get("status").equals("REPORTED")).mapToInt(o -> (Integer) o.get("count")).sum();
        assertEquals(reported, b.getInt("data.caseBoard.awaitingAcceptance"));
        assertTrue(open.stream().noneMatch(o -> o.get("status").equals("CLOSED")));
    }

    @Test
    void closedTodayCountsCasesWhoseClosureHappenedToday() throws SQLException {
        String closedToday = "query { caseBoard { closedToday } }";
        int before = Gql.data(Gql.as(Role.COMMAND_CENTRE, closedToday)).getInt("data.caseBoard.closedToday");
        String id = Cases.completed();
        Gql.data(Cases.call(Role.COMMAND_CENTRE, "mutation($i: CloseCaseInput!) { closeCase(input: $i) { case { status } } }",
                Map.of("caseId", id)));
        assertEquals(before + 1, Gql.data(Gql.as(Role.COMMAND_CENTRE, closedToday)).getInt("data.caseBoard.closedToday"));
        // closed yesterday and merely touched today (updated_at is now): not closed today
        try (var c = db.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("update case_event set occurred_at = now() - interval '1 day' where kind = 'CLOSED' and case_id = " + Long.parseLong(id));
        }
        assertEquals(before, Gql.data(Gql.as(Role.COMMAND_CENTRE, closedToday)).getInt("data.caseBoard.closedToday"));
    }
}
