package cn.lvzhi.cases;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.KeycloakAdmin;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.Cases.asOffice;
import static cn.lvzhi.testing.Cases.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 科室环节 and fair appeals through the API with real tokens: office staff (a token naming the office) handle the hops
 * to their office and the department that passed them rates; a case does not complete or close past an open or
 * unrated hop unless the closing unit says why; the database refuses a rating by anyone but the dispatcher; an
 * appeal goes to a unit that did not rate.
 */
@QuarkusTest
class CaseOfficesApiTest {
    static final String HOPS = """
            query($id: ID!) { case(id: $id) { status dispatches { id status closedAt closeReason closedByName toUnit { code } }
              timeline { kind note } } }""";

    @Inject
    AgroalDataSource db;

    static JsonPath asUrbanOffice(String document, Map<String, Object> input) {
        return Gql.ok(Gql.post(Keycloak.office(Keycloak.URBAN_OFFICE), document, Map.of("i", input)));
    }

    long count(String sql) throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void officeStaffSignAndReplyTheDepartmentRatesAndOnlyThenTheCaseCompletes() {
        Cases.OfficeHop h = Cases.officeHop();
        // the office's staff see the case and its hop; the other department's office does not see the case at all
        JsonPath seen = Gql.data(Gql.ok(Gql.post(Keycloak.office(Keycloak.ENVIRONMENT_OFFICE), HOPS, Map.of("id", h.caseId()))));
        assertEquals(List.of("JZ-QH-D10-K07"), seen.getList("data.case.dispatches.toUnit.code"), "only the office's hop");
        Gql.error(Gql.ok(Gql.post(Keycloak.office(Keycloak.URBAN_OFFICE), HOPS, Map.of("id", h.caseId()))), "NOT_FOUND");
        Gql.error(asUrbanOffice(Cases.SIGN, Map.of("dispatchId", h.hopId())), "NOT_FOUND");
        String code = Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { case(id: $id) { code } }", Map.of("id", h.caseId()))).getString("data.case.code");
        String list = "query($k: String) { cases(first: 5, filter: {keyword: $k}) { totalCount } }";
        assertEquals(1, Gql.data(Gql.ok(Gql.post(Keycloak.office(Keycloak.ENVIRONMENT_OFFICE), list, Map.of("k", code)))).getInt("data.cases.totalCount"));
        assertEquals(0, Gql.data(Gql.ok(Gql.post(Keycloak.office(Keycloak.URBAN_OFFICE), list, Map.of("k", code)))).getInt("data.cases.totalCount"));

        // the department's other users do not handle its office's hop; the office's staff do not handle the department's
        String notHandler = Gql.error(call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", h.hopId())), "FORBIDDEN");
        assertTrue(notHandler.contains("科室"), notHandler);
        Gql.error(asOffice(Cases.REPLY, Map.of("dispatchId", h.leadId(), "text", "越权反馈")), "NOT_FOUND");
        assertEquals("SIGNED", Gql.data(asOffice(Cases.SIGN, Map.of("dispatchId", h.hopId()))).getString("data.signDispatch.dispatch.status"));

        // the department may not reply upwards past its office's open hop without a reason
        Map<String, Object> leadReply = Map.of("dispatchId", h.leadId(), "text", "已责令停工");
        assertEquals(HopSettlement.REASONS, call(Role.DEPARTMENT, Cases.REPLY, leadReply).getString("errors[0].extensions.field"));
        Gql.data(asOffice(Cases.REPLY, Map.of("dispatchId", h.hopId(), "text", "科室已现场核查并责令整改")));
        // replied but unrated still holds it; the office may not rate itself, the department that passed it does
        assertEquals(HopSettlement.REASONS, call(Role.DEPARTMENT, Cases.REPLY, leadReply).getString("errors[0].extensions.field"));
        String self = Gql.error(asOffice(Cases.RATE, Map.of("dispatchId", h.hopId(), "level", "SATISFIED")), "FORBIDDEN");
        assertTrue(self.contains("谁派单、谁评价"), self);
        Gql.error(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", h.hopId(), "level", "SATISFIED")), "FORBIDDEN");
        Gql.data(call(Role.DEPARTMENT, Cases.RATE, Map.of("dispatchId", h.hopId(), "level", "SATISFIED")));
        assertEquals("COMPLETED", Gql.data(call(Role.DEPARTMENT, Cases.REPLY, leadReply)).getString("data.replyDispatch.case.status"));
        // nothing to remind on a rated hop
        Gql.error(call(Role.DEPARTMENT, Cases.REMIND, Map.of("dispatchId", h.hopId(), "message", "请尽快办理")), "CONFLICT");
    }

    @Test
    void aHopLeftOpenIsClosedWithAReasonRecordedOnItTheTimelineAndTheAudit() throws SQLException {
        Cases.OfficeHop h = Cases.officeHop();
        Map<String, Object> reasons = Map.of("dispatchId", h.leadId(), "text", "局里已直接办结", "hopReasons",
                List.of(Map.of("dispatchId", h.hopId(), "reason", "科室人员外出，由局执法大队直接办理")));
        // a reason for a hop that is not open is refused, naming the field
        Map<String, Object> wrong = Map.of("dispatchId", h.leadId(), "text", "局里已直接办结", "hopReasons",
                List.of(Map.of("dispatchId", h.hopId(), "reason", "a"), Map.of("dispatchId", h.leadId(), "reason", "b")));
        assertEquals(HopSettlement.REASONS, call(Role.DEPARTMENT, Cases.REPLY, wrong).getString("errors[0].extensions.field"));
        assertEquals("COMPLETED", Gql.data(call(Role.DEPARTMENT, Cases.REPLY, reasons)).getString("data.replyDispatch.case.status"));

        JsonPath closed = Gql.data(Gql.as(Role.COMMAND_CENTRE, HOPS, Map.of("id", h.caseId())));
        Map<String, Object> hop = closed.getMap("data.case.dispatches.find { it.id == '" + h.hopId() + "' }");
        assertEquals("科室人员外出，由局执法大队直接办理", hop.get("closeReason"));
        assertNotNull(hop.get("closedAt"));
        assertEquals("SENT", hop.get("status"), "closed unfinished: its status says how far it got");
        assertTrue(closed.getList("data.case.timeline.note").contains("科室人员外出，由局执法大队直接办理"));
        assertTrue(closed.getList("data.case.timeline.kind").contains("HOP_CLOSED"));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'DISPATCH_CLOSED' AND entity_id = '" + h.hopId() + "'"));
        // a closed hop is no longer listed as overdue, nobody acts on it, and nobody reminds it
        String overdue = "query { overdueDispatches(first: 1) { totalCount } }";
        String board = "query { caseBoard { overdueDispatches } }";
        int before = Gql.data(Gql.as(Role.COMMAND_CENTRE, overdue)).getInt("data.overdueDispatches.totalCount");
        int onTheBoard = Gql.data(Gql.as(Role.COMMAND_CENTRE, board)).getInt("data.caseBoard.overdueDispatches");
        try (var c = db.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE case_dispatch SET overdue = true WHERE id = " + h.hopId());
        }
        assertEquals(before, Gql.data(Gql.as(Role.COMMAND_CENTRE, overdue)).getInt("data.overdueDispatches.totalCount"),
                "a closed hop is not open work");
        assertEquals(onTheBoard, Gql.data(Gql.as(Role.COMMAND_CENTRE, board)).getInt("data.caseBoard.overdueDispatches"),
                "nor is it counted as overdue on the command centre's board");
        Gql.error(asOffice(Cases.SIGN, Map.of("dispatchId", h.hopId())), "CONFLICT");
        String remind = Gql.error(call(Role.COMMAND_CENTRE, Cases.REMIND, Map.of("dispatchId", h.hopId(), "message", "请签收")), "CONFLICT");
        assertTrue(remind.contains("关闭"), remind);

        // the lead's reply is unrated: the command centre closes only with a reason for it (or after rating it)
        JsonPath refused = call(Role.COMMAND_CENTRE, Cases.CLOSE, Map.of("caseId", h.caseId()));
        assertEquals(HopSettlement.REASONS, refused.getString("errors[0].extensions.field"));
        assertTrue(refused.getString("errors[0].message").contains(h.leadId()), refused.getString("errors[0].message"));
        Gql.data(call(Role.COMMAND_CENTRE, Cases.CLOSE, Map.of("caseId", h.caseId(), "hopReasons",
                List.of(Map.of("dispatchId", h.leadId(), "reason", "报告人已确认解决，免于评价")))));
        assertEquals("CLOSED", Gql.data(Gql.as(Role.LEADER, HOPS, Map.of("id", h.caseId()))).getString("data.case.status"));
        assertEquals(1, count("SELECT count(*) FROM case_dispatch WHERE id = " + h.leadId() + " AND close_reason = '报告人已确认解决，免于评价'"));
        // a closed case's hops are not reminded either
        Gql.error(call(Role.COMMAND_CENTRE, Cases.REMIND, Map.of("dispatchId", h.leadId(), "message", "请办理")), "CONFLICT");
    }

    @Test
    void theDatabaseRefusesARatingByAnyoneButTheDispatchingUnit() throws SQLException {
        String dispatch = Cases.repliedLead();
        String insert = """
                INSERT INTO case_rating (dispatch_id, case_id, level, original_level, rater_unit_id, rater_subject, rater_name, rated_unit_id)
                SELECT d.id, d.case_id, 'SATISFIED', 'SATISFIED', %s, 'sql', '绕过服务', d.to_unit_id FROM case_dispatch d WHERE d.id = %s""";
        try (var c = db.getConnection(); var st = c.createStatement()) {
            // the handler rating itself, and a third unit, both bypassing the service
            var self = assertThrows(SQLException.class, () -> st.executeUpdate(insert.formatted("d.to_unit_id", dispatch)));
            assertEquals("23503", self.getSQLState(), self.getMessage());
            var other = assertThrows(SQLException.class, () -> st.executeUpdate(insert.formatted(Cases.unitId("JZ-QH-D11"), dispatch)));
            assertTrue(other.getMessage().contains("rating_by_dispatcher"), other.getMessage());
            // a dispatch or a rater that does not exist: the same key refuses them, since V58 the only one on those columns
            var noDispatch = assertThrows(SQLException.class, () -> st.executeUpdate("""
                    INSERT INTO case_rating (dispatch_id, case_id, level, original_level, rater_unit_id, rater_subject, rater_name, rated_unit_id)
                    SELECT -1, d.case_id, 'SATISFIED', 'SATISFIED', d.from_unit_id, 'sql', '绕过服务', d.to_unit_id
                      FROM case_dispatch d WHERE d.id = %s""".formatted(dispatch)));
            assertTrue(noDispatch.getMessage().contains("rating_by_dispatcher"), noDispatch.getMessage());
            var noUnit = assertThrows(SQLException.class, () -> st.executeUpdate(insert.formatted("-1", dispatch)));
            assertTrue(noUnit.getMessage().contains("rating_by_dispatcher"), noUnit.getMessage());
        }
        assertEquals(0, count("SELECT count(*) FROM case_rating WHERE dispatch_id = " + dispatch));
        Gql.data(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", dispatch, "level", "SATISFIED")));
    }

    @Test
    void aSatisfiedRatingIsNotAppealedAndTheRaterNeverDecides() {
        String satisfied = Gql.data(call(Role.COMMAND_CENTRE, Cases.RATE, Map.of("dispatchId", Cases.repliedLead(), "level", "SATISFIED")))
                .getString("data.rateDispatch.rating.id");
        JsonPath refused = call(Role.DEPARTMENT, Cases.APPEAL, Map.of("ratingId", satisfied, "reason", "希望改评"));
        assertEquals("VALIDATION", refused.getString("errors[0].extensions.code"));
        assertEquals(AppealPolicy.RATING, refused.getString("errors[0].extensions.field"));

        // the department rated its office: the office appeals, the department may not decide, the district centre does
        String appeal = Cases.pendingOfficeAppeal();
        String rater = Gql.error(call(Role.DEPARTMENT, Cases.DECIDE, Map.of("appealId", appeal, "outcome", "UPHELD", "reason", "维持")), "FORBIDDEN");
        assertTrue(rater.contains("评价单位不能处理"), rater);
        Gql.error(asOffice(Cases.DECIDE, Map.of("appealId", appeal, "outcome", "UPHELD", "reason", "维持")), "FORBIDDEN");
        // a revision names its level
        assertEquals("input.revisedLevel", call(Role.COMMAND_CENTRE, Cases.DECIDE,
                Map.of("appealId", appeal, "outcome", "REVISED", "reason", "改评")).getString("errors[0].extensions.field"));
        assertEquals("UPHELD", Gql.data(call(Role.COMMAND_CENTRE, Cases.DECIDE,
                Map.of("appealId", appeal, "outcome", "UPHELD", "reason", "复查记录不足以证明整改到位"))).getString("data.decideAppeal.appeal.status"));
    }

    @Test
    void aTokenNamingAnOfficeOutsideItsUnitOrNoOfficeGetsNothing() {
        Keycloak.office(Keycloak.ENVIRONMENT_OFFICE); // the running realm knows the office attribute
        for (String office : List.of("JZ-QH-D11-K07", "JZ-QH-D10", "NO-SUCH-OFFICE")) {
            try (KeycloakAdmin user = KeycloakAdmin.withAttributes(Role.DEPARTMENT.realmRole(),
                    Map.of("unit", List.of("JZ-QH-D10"), "office", List.of(office)))) {
                String reason = Gql.error(Gql.ok(Gql.post(user.token(), "query { cases(first: 1) { totalCount } }", Map.of())), "FORBIDDEN");
                assertTrue(reason.contains("科室"), office + ": " + reason);
            }
        }
    }

    @Test
    void theMeQueryNamesTheOfficeOfOfficeStaff() {
        String me = "query { me { officeId unit { code } } }";
        JsonPath office = Gql.data(Gql.ok(Gql.post(Keycloak.office(Keycloak.ENVIRONMENT_OFFICE), me, Map.of())));
        assertEquals("JZ-QH-D10", office.getString("data.me.unit.code"));
        assertEquals(Cases.unitId("JZ-QH-D10-K07"), office.getString("data.me.officeId"));
        assertEquals(null, Gql.data(Gql.as(Role.DEPARTMENT, me)).getString("data.me.officeId"));
    }
}
