package cn.lvzhi.cases;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import static cn.lvzhi.testing.Cases.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 我的上报 on the phone: {@code cases(filter: {reportedByMe: true})} lists what the caller reported itself, whatever
 * else its unit may see (a department's handled cases belong to its 待办), and a grid worker opens its own cases
 * only.
 */
@QuarkusTest
class MyReportsApiTest {
    static final String COUNT = "query($mine: Boolean, $k: String) { cases(first: 1, filter: {reportedByMe: $mine, keyword: $k}) { totalCount } }";
    static final String CASE = "query($id: ID!) { case(id: $id) { id code reporterName attachments timeline { kind } } }";

    @Inject
    AgroalDataSource db;

    static int count(Role role, Boolean mine, String keyword) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("mine", mine);
        variables.put("k", keyword);
        return Gql.data(Gql.as(role, COUNT, variables)).getInt("data.cases.totalCount");
    }

    static String code(String caseId) {
        return Gql.data(Gql.as(Role.LEADER, CASE, Map.of("id", caseId))).getString("data.case.code");
    }

    long reportedBy(String caseId) throws SQLException {
        try (var c = db.getConnection();
             var st = c.prepareStatement("select count(*) from case_file where reporter_subject = (select reporter_subject from case_file where id = ?)")) {
            st.setLong(1, Long.parseLong(caseId));
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aDepartmentsReportsAreWhatItReportedNotWhatItHandles() throws SQLException {
        String handled = Cases.dispatched(false).caseId();
        String own = Gql.data(call(Role.DEPARTMENT, Cases.REPORT, Cases.report())).getString("data.reportCase.case.id");

        assertEquals(1, count(Role.DEPARTMENT, null, code(handled)), "the department handles it");
        assertEquals(0, count(Role.DEPARTMENT, true, code(handled)), "but did not report it");
        assertEquals(1, count(Role.DEPARTMENT, true, code(own)));
        assertEquals(reportedBy(own), count(Role.DEPARTMENT, true, null), "every case it reported, and only those");
        assertTrue(count(Role.DEPARTMENT, null, null) > count(Role.DEPARTMENT, true, null));
        // false is no filter
        assertEquals(count(Role.DEPARTMENT, null, null), count(Role.DEPARTMENT, false, null));
    }

    @Test
    void aGridWorkerOpensItsOwnCaseAndNobodyElses() throws SQLException {
        Map<String, Object> input = Cases.report();
        input.put("attachments", java.util.List.of(Cases.photo(Role.GRID_WORKER)));
        String own = Gql.data(call(Role.GRID_WORKER, Cases.REPORT, input)).getString("data.reportCase.case.id");
        var mine = Gql.data(Gql.as(Role.GRID_WORKER, CASE, Map.of("id", own)));
        assertEquals(1, mine.getList("data.case.attachments").size());
        assertEquals("REPORTED", mine.getString("data.case.timeline[0].kind"));
        assertEquals(reportedBy(own), count(Role.GRID_WORKER, true, null));
        assertEquals(count(Role.GRID_WORKER, null, null), count(Role.GRID_WORKER, true, null));

        // a case the department reported in the same district, and one the hotline submitted
        String departments = Gql.data(call(Role.DEPARTMENT, Cases.REPORT, Cases.report())).getString("data.reportCase.case.id");
        Map<String, Object> hotline = new HashMap<>(Cases.report());
        hotline.remove("clientKey");
        String hotlines = Gql.data(call(Role.INTEGRATION, Cases.REPORT, hotline)).getString("data.reportCase.case.id");
        for (String other : java.util.List.of(departments, hotlines)) {
            Gql.error(Gql.as(Role.GRID_WORKER, CASE, Map.of("id", other)), "NOT_FOUND");
            assertEquals(0, count(Role.GRID_WORKER, null, code(other)));
        }
    }
}
