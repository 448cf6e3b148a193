package cn.lvzhi.disputes;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Disputes;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Lists;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.Disputes.act;
import static cn.lvzhi.testing.Disputes.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispute ladder (职责争议) end to end through the API with real tokens, and who may act at each rung. */
@QuarkusTest
class DisputeApiTest {

    static JsonPath disputeAs(Role role, String id) {
        return Gql.as(role, Disputes.DISPUTE, Map.of("id", id));
    }

    @Test
    void theLadderClimbsToTheCommitteeWhoseDecisionDispatchesTheCaseAndDraftsABoundaryItemThatRoutesTheNextCase() {
        String id = Disputes.open();
        JsonPath opened = Gql.data(disputeAs(Role.COMMITTEE, id));
        assertEquals("LEAD_CONVENES", opened.getString("data.dispute.rung"));
        assertEquals("OPEN", opened.getString("data.dispute.status"));
        assertEquals("DISPUTED", opened.getString("data.dispute.case.status"), "the committee sees the disputed case");
        assertEquals(List.of("OPENED"), opened.getList("data.dispute.steps.kind"));
        String code = opened.getString("data.dispute.code");
        assertTrue(code.matches("ZY-QH-\\d{8}-\\d{4}"), code);

        Gql.data(call(Role.COMMAND_CENTRE, Disputes.RECORD, Map.of("disputeId", id, "rung", "LEAD_CONVENES",
                "minutes", "生态环境局、城市管理局召开协调会，未达成一致", "participants", "生态环境局张三；城市管理局李四")));
        for (String rung : List.of("LEAD_CONVENES", "NEGOTIATION", "LEADER_COORDINATES")) {
            Gql.data(call(Role.COMMAND_CENTRE, Disputes.ESCALATE, act(id, rung, "opinion", "协商未果，提请上一级协调")));
        }
        assertEquals("OFFICE_COORDINATES", Gql.data(disputeAs(Role.LEADER, id)).getString("data.dispute.rung"));
        assertTrue(Gql.error(call(Role.COMMAND_CENTRE, Disputes.ESCALATE, act(id, "OFFICE_COORDINATES", "opinion", "再提请")),
                "FORBIDDEN").contains("编办"), "the command centre does not act at the office's rung");
        assertTrue(Gql.error(call(Role.ESTABLISHMENT_OFFICE, Disputes.ESCALATE, act(id, "LEADER_COORDINATES", "opinion", "过时")),
                "CONFLICT").contains("编办协调"), "a stale rung is a conflict naming the current one");
        Gql.data(call(Role.ESTABLISHMENT_OFFICE, Disputes.RECORD, act(id, "OFFICE_COORDINATES", "minutes", "编办协调意见：提请编委裁定")));
        Gql.data(call(Role.ESTABLISHMENT_OFFICE, Disputes.ESCALATE, act(id, "OFFICE_COORDINATES", "opinion", "分歧较大，提请编委裁定")));
        assertTrue(Gql.error(call(Role.COMMITTEE, Disputes.ESCALATE, act(id, "COMMITTEE_DECIDES", "opinion", "再上")), "CONFLICT")
                .contains("编委裁定"), "nothing lies above the committee");

        JsonPath resolved = Gql.data(call(Role.COMMITTEE, Disputes.RESOLVE, Disputes.resolution(id, "COMMITTEE_DECIDES")));
        assertEquals("RESOLVED", resolved.getString("data.resolveDispute.dispute.status"));
        String itemId = resolved.getString("data.resolveDispute.dispute.boundaryItemId");
        assertNotNull(itemId);

        JsonPath after = Gql.data(disputeAs(Role.LEADER, id));
        assertEquals("JZ-QH-D11", after.getString("data.dispute.leadUnit.code"));
        assertEquals(List.of("JZ-QH-D10"), after.getList("data.dispute.cooperating.unit.code"));
        assertEquals(List.of("OPENED", "MEETING", "ESCALATED", "ESCALATED", "ESCALATED", "MEETING", "ESCALATED", "RESOLVED"),
                after.getList("data.dispute.steps.kind"));
        assertEquals("DISPATCHED", after.getString("data.dispute.case.status"), "the case left DISPUTED");
        Map<String, Object> lead = after.getMap("data.dispute.case.dispatches.find { it.status == 'SENT' && it.role == 'LEAD' }");
        assertEquals("JZ-QH-D11", ((Map<?, ?>) lead.get("toUnit")).get("code"));
        assertEquals("JZ-QH-ZH", ((Map<?, ?>) lead.get("fromUnit")).get("code"), "sent for the command centre, which rates it");
        assertTrue(Gql.error(call(Role.COMMITTEE, Disputes.RESOLVE, Disputes.resolution(id, "COMMITTEE_DECIDES")), "CONFLICT")
                .contains("已"), "a resolved dispute is not resolved twice");

        JsonPath draft = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, """
                query($id: ID!) { listItem(id: $id) { kind status name unit { code }
                  details { boundary { originDisputeCode leadResponsibility cooperating { unitCode responsibility } } } } }""",
                Map.of("id", itemId)));
        assertEquals("BOUNDARY", draft.getString("data.listItem.kind"));
        assertEquals("DRAFT", draft.getString("data.listItem.status"));
        assertEquals("JZ-QH-D11", draft.getString("data.listItem.unit.code"));
        assertEquals(code, draft.getString("data.listItem.details.boundary.originDisputeCode"));
        assertEquals(List.of("JZ-QH-D10"), draft.getList("data.listItem.details.boundary.cooperating.unitCode"));

        String changeId = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE,
                        "{ listChanges(status: PENDING, first: 200) { edges { node { id itemId changeType } } } }"))
                .getString("data.listChanges.edges.find { it.node.itemId == '" + itemId + "' }.node.id");
        assertNotNull(changeId, "the draft is a pending proposal for the establishment office");
        Gql.data(Lists.decide(Role.ESTABLISHMENT_OFFICE, changeId, true, null));

        Map<String, Object> next = new HashMap<>(Cases.report());
        next.remove("categoryText");
        next.put("categoryItemId", itemId);
        String nextCase = Gql.data(call(Role.GRID_WORKER, Cases.REPORT, next)).getString("data.reportCase.case.id");
        JsonPath suggested = Gql.data(Gql.as(Role.COMMAND_CENTRE, "query($id: ID!) { suggestedHandlers(caseId: $id) { role unit { code } } }",
                Map.of("id", nextCase)));
        assertEquals("JZ-QH-D11", suggested.getString("data.suggestedHandlers.find { it.role == 'LEAD' }.unit.code"),
                "the next case of that category is routed to the decided lead");
        assertEquals("JZ-QH-D10", suggested.getString("data.suggestedHandlers.find { it.role == 'CO_OPERATE' }.unit.code"));
    }

    @Test
    void aDepartmentDoesNotEscalateAndTheCommitteeDoesNotDecideAtTheFirstRung() {
        String id = Disputes.open();
        String reason = Gql.error(call(Role.DEPARTMENT, Disputes.ESCALATE, act(id, "LEAD_CONVENES", "opinion", "请上级协调")), "FORBIDDEN");
        assertTrue(reason.contains("指挥中心"), reason);
        assertTrue(Gql.error(call(Role.COMMITTEE, Disputes.RESOLVE, Disputes.resolution(id, "LEAD_CONVENES")), "FORBIDDEN")
                .contains("指挥中心"));
        assertTrue(Gql.error(call(Role.COMMITTEE, Disputes.RESOLVE, Disputes.resolution(id, "COMMITTEE_DECIDES")), "FORBIDDEN")
                .contains("牵头单位召集"), "refused at the rung the dispute is at, whatever rung the committee names");
        Gql.error(call(Role.DISCIPLINE, Disputes.ESCALATE, act(id, "LEAD_CONVENES", "opinion", "x")), "NOT_FOUND");
        assertEquals("LEAD_CONVENES", Gql.data(disputeAs(Role.LEADER, id)).getString("data.dispute.rung"), "nothing moved");
    }

    @Test
    void theCommandCentreResolvesAtTheFirstRungAndTheDecisionNeedsAUnitOfTheDistrict() {
        String id = Disputes.open();
        Map<String, Object> bad = new HashMap<>(Disputes.resolution(id, "LEAD_CONVENES"));
        bad.put("leadUnitId", "999999999");
        Gql.error(call(Role.COMMAND_CENTRE, Disputes.RESOLVE, bad), "VALIDATION");
        Map<String, Object> twice = new HashMap<>(Disputes.resolution(id, "LEAD_CONVENES"));
        twice.put("cooperating", List.of(Map.of("unitId", Cases.unitId("JZ-QH-D11"), "responsibility", "重复")));
        Gql.error(call(Role.COMMAND_CENTRE, Disputes.RESOLVE, twice), "VALIDATION");
        Gql.data(call(Role.COMMAND_CENTRE, Disputes.RESOLVE, Disputes.resolution(id, "LEAD_CONVENES")));
        assertEquals("RESOLVED", Gql.data(disputeAs(Role.COMMAND_CENTRE, id)).getString("data.dispute.status"));
    }

    @Test
    void disputesAreListedForWhoeverSeesTheCaseAndForNobodyElse() {
        String id = Disputes.open();
        String query = "{ disputes(first: 200, filter: {statuses: [OPEN], rungs: [LEAD_CONVENES]}) { totalCount edges { node { id } } } }";
        assertTrue(Gql.data(Gql.as(Role.COMMITTEE, query)).getList("data.disputes.edges.node.id").contains(id));
        assertTrue(Gql.data(Gql.as(Role.DEPARTMENT, query)).getList("data.disputes.edges.node.id").contains(id));
        assertEquals(0, Gql.data(Gql.as(Role.DISCIPLINE, query)).getInt("data.disputes.totalCount"));
        Gql.error(Gql.as(Role.INTEGRATION, Disputes.DISPUTE, Map.of("id", id)), "NOT_FOUND");
    }
}
