package cn.lvzhi.cases;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.lvzhi.testing.Cases.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 重办 and 回访 through the API with real tokens: the district command centre or the originator records return visits
 * after completion and reopens a closed case within its window into a new round of dispatch; the old round stays
 * read-only; every refusal says why; a retried reopening answers the first.
 */
@QuarkusTest
class CaseReopenApiTest {
    static final String REOPEN = """
            mutation($i: ReopenCaseInput!) { reopenCase(input: $i) { case { id status round reopenCount version } } }""";
    static final String VISIT = """
            mutation($i: RecordCaseVisitInput!) { recordCaseVisit(input: $i) { visit { id way satisfaction note byName round byUnit { code } } } }""";
    static final String CASE = """
            query($id: ID!) { case(id: $id) { status round reopenCount closedAt reopenableUntil version
              dispatches { id round status toUnit { code } } visits { way satisfaction note } reopenings { round reason byName }
              timeline { kind note } } }""";

    @Inject
    AgroalDataSource db;

    long count(String sql) throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A case reported by {@code reporter}, handled by 生态环境局, rated 满意 and closed by the district centre. */
    static String closedCase(Role reporter) {
        String id = Gql.data(call(reporter, Cases.REPORT, Cases.report())).getString("data.reportCase.case.id");
        Gql.data(call(Role.COMMAND_CENTRE, Cases.ACCEPT, Map.of("caseId", id)));
        String lead = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, Cases.dispatchInput(id, Cases.version(id), false)))
                .getString("data.dispatchCase.dispatches[0].id");
        Gql.data(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", lead)));
        Gql.data(call(Role.DEPARTMENT, Cases.REPLY, Map.of("dispatchId", lead, "text", "已处置完毕")));
        Gql.data(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", lead, "level", "SATISFIED")));
        Gql.data(call(Role.COMMAND_CENTRE, Cases.CLOSE, Map.of("caseId", id)));
        return id;
    }

    static JsonPath read(Role role, String id) {
        return Gql.data(Gql.as(role, CASE, Map.of("id", id)));
    }

    static Map<String, Object> reopen(String id, int version, String reason, String key) {
        Map<String, Object> in = new HashMap<>(Map.of("caseId", id, "caseVersion", version, "reason", reason));
        if (key != null) {
            in.put("clientKey", key);
        }
        return in;
    }

    @Test
    void theCentreRecordsAnUnsatisfiedVisitReopensTheCaseAndDispatchesANewRoundWhileTheOldOneStaysReadOnly() throws SQLException {
        String id = closedCase(Role.GRID_WORKER);
        JsonPath closed = read(Role.COMMAND_CENTRE, id);
        assertNotNull(closed.getString("data.case.closedAt"));
        assertNotNull(closed.getString("data.case.reopenableUntil"), "a closed case says until when it may be reopened");
        String oldLead = closed.getString("data.case.dispatches[0].id");

        // 回访: an unsatisfied reporter needs a note
        Map<String, Object> visit = new HashMap<>(Map.of("caseId", id, "way", "PHONE", "satisfaction", "UNSATISFIED"));
        assertEquals("input.note", call(Role.COMMAND_CENTRE, VISIT, visit).getString("errors[0].extensions.field"));
        visit.put("note", "报告人反映夜间施工又恢复");
        JsonPath v = Gql.data(call(Role.COMMAND_CENTRE, VISIT, visit));
        assertEquals("UNSATISFIED", v.getString("data.recordCaseVisit.visit.satisfaction"));
        assertEquals("JZ-QH-ZH", v.getString("data.recordCaseVisit.visit.byUnit.code"));
        assertEquals(1, v.getInt("data.recordCaseVisit.visit.round"));

        // a stale version is CONFLICT; the current one reopens into round 2
        int version = closed.getInt("data.case.version");
        Gql.error(call(Role.COMMAND_CENTRE, REOPEN, reopen(id, version - 1, "回访不满意", null)), "CONFLICT");
        String key = UUID.randomUUID().toString();
        JsonPath first = Gql.data(call(Role.COMMAND_CENTRE, REOPEN, reopen(id, version, "回访不满意，夜间施工仍在继续", key)));
        assertEquals("ACCEPTED", first.getString("data.reopenCase.case.status"));
        assertEquals(2, first.getInt("data.reopenCase.case.round"));
        assertEquals(1, first.getInt("data.reopenCase.case.reopenCount"));

        // the retry with the same key (and the version it saw) answers the first; the same key for another reason is refused
        JsonPath retry = Gql.data(call(Role.COMMAND_CENTRE, REOPEN, reopen(id, version, "回访不满意，夜间施工仍在继续", key)));
        assertEquals(first.getMap("data.reopenCase.case"), retry.getMap("data.reopenCase.case"));
        Gql.error(call(Role.COMMAND_CENTRE, REOPEN, reopen(id, version, "另一个理由", key)), "IDEMPOTENCY_KEY_REUSED");
        assertEquals(1, count("SELECT count(*) FROM case_reopening WHERE case_id = " + id));
        // reopening an open case is CONFLICT
        String again = Gql.error(call(Role.COMMAND_CENTRE, REOPEN, reopen(id, Cases.version(id), "再次重办", null)), "CONFLICT");
        assertTrue(again.contains("只有已结案的事件可以重办"), again);

        // the old round is read-only: nothing is signed, reminded or rated on it
        String old = Gql.error(call(Role.COMMAND_CENTRE, Cases.REMIND, Map.of("dispatchId", oldLead, "message", "请办理")), "CONFLICT");
        assertTrue(old.contains("第 1 轮"), old);
        Gql.error(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", oldLead)), "CONFLICT");

        // the new round is dispatched to the same unit again, which handles it; the old hop stays as it was
        JsonPath sent = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, Cases.dispatchInput(id, Cases.version(id), true)));
        assertEquals("DISPATCHED", sent.getString("data.dispatchCase.case.status"));
        String newLead = sent.getString("data.dispatchCase.dispatches.find { it.role == 'LEAD' }.id");
        Gql.data(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", newLead)));
        JsonPath after = read(Role.LEADER, id);
        assertEquals(List.of(1, 2, 2), after.getList("data.case.dispatches.round"));
        assertEquals(List.of("RATED", "SIGNED", "SENT"), after.getList("data.case.dispatches.status"));
        assertEquals(List.of(2), after.getList("data.case.reopenings.round"));
        assertEquals("回访不满意，夜间施工仍在继续", after.getString("data.case.reopenings[0].reason"));
        assertNull(after.getString("data.case.reopenableUntil"), "an open case is not reopened");
        List<String> kinds = after.getList("data.case.timeline.kind");
        assertTrue(kinds.indexOf("REVISITED") < kinds.indexOf("REOPENED") && kinds.contains("REVISITED"), kinds.toString());
        assertEquals(1, kinds.stream().filter("REOPENED"::equals).count(), "the retry left no second step");

        // the visits are seen by whoever sees the case (the handling department too); the audit has both
        assertEquals(List.of("UNSATISFIED"), read(Role.DEPARTMENT, id).getList("data.case.visits.satisfaction"));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'CASE_REOPENED' AND entity_id = '" + id + "'"));
        assertEquals(1, count("SELECT count(*) FROM audit_event a JOIN case_visit v ON a.entity_id = v.id::text"
                + " WHERE a.action = 'CASE_REVISITED' AND v.case_id = " + id));
    }

    @Test
    void everyRefusalSaysWhy() throws SQLException {
        String id = closedCase(Role.GRID_WORKER);
        int version = Cases.version(id);
        // not the originator nor the district centre: FORBIDDEN with the reason; not seeing the case: NOT_FOUND
        for (Role role : List.of(Role.DEPARTMENT, Role.GRID_WORKER, Role.LEADER, Role.ESTABLISHMENT_OFFICE, Role.TOWNSHIP)) {
            String why = Gql.error(call(role, REOPEN, reopen(id, version, "不满意", null)), "FORBIDDEN");
            assertEquals(ReopenPolicy.NOT_ORIGINATOR, why, role.name());
            Gql.error(call(role, VISIT, Map.of("caseId", id, "way", "SMS", "satisfaction", "SATISFIED")), "FORBIDDEN");
        }
        Gql.error(call(Role.DISCIPLINE, REOPEN, reopen(id, version, "不满意", null)), "NOT_FOUND");
        Gql.error(call(Role.INTEGRATION, VISIT, Map.of("caseId", id, "way", "SMS", "satisfaction", "SATISFIED")), "NOT_FOUND");
        // a blank reason names the field
        assertEquals("input.reason", call(Role.COMMAND_CENTRE, REOPEN, reopen(id, version, "  ", null))
                .getString("errors[0].extensions.field"));

        // outside the window: VALIDATION naming the case, and nothing changed
        try (var c = db.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE case_file SET closed_at = now() - interval '31 days' WHERE id = " + id);
        }
        JsonPath late = call(Role.COMMAND_CENTRE, REOPEN, reopen(id, version, "超期重办", null));
        assertEquals(ReopenPolicy.CASE_FIELD, late.getString("errors[0].extensions.field"));
        assertTrue(late.getString("errors[0].message").contains("结案已超过 30 天"), late.getString("errors[0].message"));
        assertEquals("CLOSED", read(Role.LEADER, id).getString("data.case.status"));

        // a case still in progress is neither reopened nor visited
        String open = Cases.dispatched(false).caseId();
        Gql.error(call(Role.COMMAND_CENTRE, VISIT, Map.of("caseId", open, "way", "VISIT", "satisfaction", "SATISFIED")), "CONFLICT");
        Gql.error(call(Role.COMMAND_CENTRE, REOPEN, reopen(open, Cases.version(open), "不满意", null)), "CONFLICT");
    }

    @Test
    void theOriginatingTownshipAndTheHotlineReopenTheirOwnCases() {
        String township = closedCase(Role.TOWNSHIP);
        Gql.data(call(Role.TOWNSHIP, VISIT, Map.of("caseId", township, "way", "VISIT", "satisfaction", "BASICALLY_SATISFIED")));
        JsonPath byTownship = Gql.data(call(Role.TOWNSHIP, REOPEN, reopen(township, Cases.version(township), "群众反映问题反弹", null)));
        assertEquals(2, byTownship.getInt("data.reopenCase.case.round"));

        String hotline = closedCase(Role.INTEGRATION);
        Gql.data(call(Role.INTEGRATION, VISIT, Map.of("caseId", hotline, "way", "PHONE", "satisfaction", "UNSATISFIED",
                "note", "12345回访：来电人不满意")));
        JsonPath byHotline = Gql.data(call(Role.INTEGRATION, REOPEN, reopen(hotline, Cases.version(hotline), "12345来电人要求重办", null)));
        assertEquals("ACCEPTED", byHotline.getString("data.reopenCase.case.status"));
        assertEquals(1, byHotline.getInt("data.reopenCase.case.reopenCount"));
    }
}
