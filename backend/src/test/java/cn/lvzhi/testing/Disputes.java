package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds disputes and investigations through the API, as the demo users would. */
public final class Disputes {
    public static final String DISPUTE = """
            query($id: ID!) { dispute(id: $id) { id code rung status leadUnit { code } boundaryItemId
              cooperating { responsibility unit { code } } steps { rung kind note participants }
              case { id status dispatches { role status fromUnit { code } toUnit { code } } } } }""";
    public static final String RECORD = """
            mutation($i: RecordDisputeStepInput!) { recordDisputeStep(input: $i) { dispute { id rung status } } }""";
    public static final String ESCALATE = """
            mutation($i: EscalateDisputeInput!) { escalateDispute(input: $i) { dispute { id rung status } } }""";
    public static final String RESOLVE = """
            mutation($i: ResolveDisputeInput!) { resolveDispute(input: $i) { dispute { id rung status boundaryItemId } } }""";
    public static final String OPEN_INVESTIGATION = """
            mutation($i: OpenInvestigationInput!) { openInvestigation(input: $i) { investigation { id status version } } }""";
    public static final String RECORD_FINDING = """
            mutation($i: RecordInvestigationFindingInput!) {
              recordInvestigationFinding(input: $i) { investigation { id version findings { text byName } } } }""";
    public static final String CONCLUDE = """
            mutation($i: ConcludeInvestigationInput!) {
              concludeInvestigation(input: $i) { investigation { id status conclusion linkedUnits linkedPeople version } } }""";

    private Disputes() {
    }

    /**
     * A case dispatched to 清河区生态环境局 alone, which refused it: the case is DISPUTED and its dispute open at
     * the lowest rung; the dispute id.
     */
    public static String open() {
        Cases.Dispatched d = Cases.dispatched(false);
        Gql.data(Cases.call(Role.DEPARTMENT, Cases.REFUSE, Map.of("dispatchId", d.leadId(), "reason", "噪声执法不属于本局职责")));
        return Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { case(id: $id) { dispute { id } } }", Map.of("id", d.caseId())))
                .getString("data.case.dispute.id");
    }

    public static Map<String, Object> act(String disputeId, String rung, String field, String text) {
        return Map.of("disputeId", disputeId, "rung", rung, field, text);
    }

    /** A decision naming 城市管理局 lead and 生态环境局 co-operating. */
    public static Map<String, Object> resolution(String disputeId, String rung) {
        Map<String, Object> in = new HashMap<>();
        in.put("disputeId", disputeId);
        in.put("rung", rung);
        in.put("leadUnitId", Cases.unitId("JZ-QH-D11"));
        in.put("leadResponsibility", "负责建筑工地夜间施工噪声的巡查和查处");
        in.put("cooperating", List.of(Map.of("unitId", Cases.unitId("JZ-QH-D10"), "responsibility", "提供噪声监测数据")));
        in.put("decision", "建筑施工噪声由城市管理局牵头查处，生态环境局配合监测");
        return in;
    }

    public static JsonPath call(Role role, String document, Map<String, Object> input) {
        return Cases.call(role, document, input);
    }

    /** An investigation the discipline office opened on a fresh UNSATISFIED rating; its id. */
    public static String openInvestigation() {
        return Gql.data(call(Role.DISCIPLINE, OPEN_INVESTIGATION, Map.of("ratingId", Cases.unsatisfiedRating(),
                "subject", "处置不彻底导致群众重复投诉"))).getString("data.openInvestigation.investigation.id");
    }
}
