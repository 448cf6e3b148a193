package cn.lvzhi.cases;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.Cases.call;
import static cn.lvzhi.testing.Cases.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chain as a township command room starts it, with real tokens: it is offered only units it may dispatch to
 * (the district command centre instead of the item's lead department), the centre's 转派 is offered the item's
 * units, a refused co-operating unit is replaced by its dispatching unit only, and 签收 is on the timeline once.
 */
@io.quarkus.test.junit.QuarkusTest
class DispatchSuggestionsApiTest {
    static final String SUGGESTED = """
            query($id: ID!, $parent: ID) { suggestedHandlers(caseId: $id, parentDispatchId: $parent) { unitId role unit { code } } }""";

    static String room() {
        return Keycloak.password("lvzhi-cli", "zhihuishi");
    }

    static String urban() {
        return Keycloak.password("lvzhi-cli", "chengguan");
    }

    static JsonPath suggested(String token, String caseId, String parent) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("id", caseId);
        vars.put("parent", parent);
        return Gql.ok(Gql.post(token, SUGGESTED, vars));
    }

    static List<String> codes(JsonPath suggestions) {
        return suggestions.getList("data.suggestedHandlers.unit.code", String.class);
    }

    /** A case of the boundary item on construction noise (lead 生态环境局, co-operating 城市管理局), accepted by the room. */
    static String boundaryCaseTheRoomAccepted() {
        Map<String, Object> input = Cases.reportUnder(Cases.itemId("BOUNDARY", "建筑工地噪声污染监管"));
        String id = Gql.data(call(Role.GRID_WORKER, Cases.REPORT, input)).getString("data.reportCase.case.id");
        Gql.data(Gql.ok(Gql.post(room(), Cases.ACCEPT, Map.of("i", Map.of("caseId", id)))));
        return id;
    }

    static Map<String, Object> dispatch(String caseId, String parent, List<Map<String, Object>> targets) {
        Map<String, Object> in = new HashMap<>();
        in.put("caseId", caseId);
        in.put("caseVersion", Cases.version(caseId));
        in.put("parentDispatchId", parent);
        in.put("targets", targets);
        return in;
    }

    @Test
    void theRoomIsOfferedOnlyWhomItMayDispatchAndTheCentresForwardIsOfferedTheItemsUnits() {
        String id = boundaryCaseTheRoomAccepted();

        // the centre on a first hop: the item's lead department first, as before
        JsonPath centre = Gql.data(suggested(Keycloak.tokenFor(Role.COMMAND_CENTRE), id, null));
        assertTrue(codes(centre).get(0).startsWith("JZ-QH-D10"), codes(centre).toString());

        // the room: no district department, the district command centre leads
        JsonPath room = Gql.data(suggested(room(), id, null));
        List<String> offered = codes(room);
        assertEquals("JZ-QH-ZH", offered.get(0), offered.toString());
        assertEquals("LEAD", room.getString("data.suggestedHandlers[0].role"));
        assertTrue(offered.stream().allMatch(c -> c.equals("JZ-QH-ZH") || c.startsWith("JZ-QH-T01")), offered.toString());

        // what the room is offered, it may dispatch
        String up = Gql.data(Gql.ok(Gql.post(room(), Cases.DISPATCH, Map.of("i", dispatch(id, null,
                        List.of(Map.of("unitId", room.getString("data.suggestedHandlers[0].unitId"), "role", "LEAD")))))))
                .getString("data.dispatchCase.dispatches[0].id");

        // the centre signs (签收 once on the timeline, though the case moved into progress) and is offered the item's units
        assertEquals("IN_PROGRESS", Gql.data(call(Role.COMMAND_CENTRE, Cases.SIGN, Map.of("dispatchId", up)))
                .getString("data.signDispatch.case.status"));
        List<Object> kinds = Gql.data(Gql.as(Role.COMMAND_CENTRE, Cases.CASE, Map.of("id", id))).getList("data.case.timeline.kind");
        assertEquals(1, kinds.stream().filter("SIGNED"::equals).count(), kinds.toString());
        JsonPath forward = Gql.data(suggested(Keycloak.tokenFor(Role.COMMAND_CENTRE), id, up));
        assertTrue(codes(forward).get(0).startsWith("JZ-QH-D10"), codes(forward).toString());
        assertTrue(codes(forward).stream().anyMatch(c -> c.startsWith("JZ-QH-D11")), codes(forward).toString());
        assertFalse(codes(forward).contains("JZ-QH-ZH"), "never itself");

        // a dispatch of another case, or one the caller does not see, is NOT_FOUND
        String other = Cases.sentLead();
        Gql.error(suggested(Keycloak.tokenFor(Role.COMMAND_CENTRE), id, other), "NOT_FOUND");
        Gql.error(suggested(Keycloak.tokenFor(Role.DISCIPLINE), id, null), "NOT_FOUND");
    }

    @Test
    void theDispatchingUnitReplacesARefusedCoOperatingUnitAndNobodyElseDoes() {
        String id = boundaryCaseTheRoomAccepted();
        String up = Gql.data(Gql.ok(Gql.post(room(), Cases.DISPATCH, Map.of("i", dispatch(id, null,
                List.of(Map.of("unitId", unitId("JZ-QH-ZH"), "role", "LEAD"))))))).getString("data.dispatchCase.dispatches[0].id");
        Gql.data(call(Role.COMMAND_CENTRE, Cases.SIGN, Map.of("dispatchId", up)));
        JsonPath onward = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, dispatch(id, up, List.of(
                Map.of("unitId", unitId("JZ-QH-D10"), "role", "LEAD"), Map.of("unitId", unitId("JZ-QH-D11"), "role", "CO_OPERATE")))));
        String co = onward.getString("data.dispatchCase.dispatches.find { it.role == 'CO_OPERATE' }.id");
        Gql.data(Gql.ok(Gql.post(urban(), Cases.REFUSE, Map.of("i", Map.of("dispatchId", co, "reason", "不属于本单位职责")))));
        // the refusal stands; the message names the state in Chinese (its Chinese part is what a Chinese page shows)
        String stale = Gql.error(Gql.ok(Gql.post(urban(), Cases.SIGN, Map.of("i", Map.of("dispatchId", co)))), "CONFLICT");
        assertTrue(stale.startsWith("派单当前状态为“已退单”，不能签收 ("), stale);

        // the hop's live lead is not offered again; the refused unit may be
        JsonPath again = Gql.data(suggested(Keycloak.tokenFor(Role.COMMAND_CENTRE), id, up));
        assertFalse(codes(again).stream().anyMatch(c -> c.startsWith("JZ-QH-D10")), codes(again).toString());
        assertTrue(again.getList("data.suggestedHandlers.role").stream().noneMatch("LEAD"::equals));

        // the room (it sees the whole case) may not replace the centre's co-operating unit, the lead department does not
        // even see the centre's hop; the centre may, on the same hop
        Map<String, Object> replacement = dispatch(id, up, List.of(Map.of("unitId", unitId("JZ-QH-D19"), "role", "CO_OPERATE")));
        String refusal = Gql.error(Gql.ok(Gql.post(room(), Cases.DISPATCH, Map.of("i", replacement))), "FORBIDDEN");
        assertTrue(refusal.contains(CaseRefusals.NOT_RECEIVER.substring(0, 4)), refusal);
        Gql.error(call(Role.DEPARTMENT, Cases.DISPATCH, replacement), "NOT_FOUND");
        JsonPath replaced = Gql.data(call(Role.COMMAND_CENTRE, Cases.DISPATCH, replacement));
        assertEquals("JZ-QH-D19", replaced.getString("data.dispatchCase.dispatches[0].toUnit.code"));
        // a second lead on the hop is refused: the hop still has its live lead
        Gql.error(call(Role.COMMAND_CENTRE, Cases.DISPATCH, dispatch(id, up, List.of(Map.of("unitId", unitId("JZ-QH-D14"), "role", "LEAD")))),
                "CONFLICT");
        JsonPath c = Gql.data(Gql.as(Role.COMMAND_CENTRE, Cases.CASE, Map.of("id", id)));
        assertEquals(up, c.getString("data.case.dispatches.find { it.toUnit.code == 'JZ-QH-D19' }.parentDispatchId"));
    }

    @Test
    void unitsOfTheCallersRegionCanBeAskedForFirst() {
        JsonPath all = Gql.data(Gql.as(Role.COMMAND_CENTRE, """
                query($r: ID) { units(filter: {nameContains: "执法监督科", regionOf: $r}, first: 50) { totalCount edges { node { code } } } }""",
                Map.of("r", unitId("JZ-QH-D10"))));
        List<String> codes = all.getList("data.units.edges.node.code", String.class);
        assertFalse(codes.isEmpty());
        assertTrue(codes.stream().allMatch(c -> c.startsWith("JZ-QH-")), codes.toString());
        Map<String, Object> none = new HashMap<>();
        none.put("r", null);
        int everywhere = Gql.data(Gql.as(Role.COMMAND_CENTRE, """
                query($r: ID) { units(filter: {nameContains: "执法监督科", regionOf: $r}, first: 50) { totalCount } }""", none))
                .getInt("data.units.totalCount");
        assertTrue(everywhere >= codes.size());
    }
}
