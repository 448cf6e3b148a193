package cn.lvzhi.cases.basis;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hop names its legal basis (办理依据) through GraphQL with real tokens: the handler names an item of its own
 * department's published power list (and one of its 监管责任), nobody else does, nothing else may be named, and
 * naming it on the case's first-hop lead names the case's basis.
 */
@QuarkusTest
class CaseBasisApiTest {
    @Inject
    AgroalDataSource db;

    static final String SET = """
            mutation($i: SetCaseBasisInput!) { setCaseBasis(input: $i) {
              dispatch { id version basis { powerItemId powerItemVersion supervisionDuty powerItem { code unitId } } }
              case { id basis { powerItemId supervisionDuty } } } }""";
    static final String CHOICES = """
            query($d: ID!) { basisChoices(dispatchId: $d) { id code name unitId details { power { supervisionDuties } } } }""";
    static final String REPLY = """
            mutation($i: ReplyDispatchInput!) { replyDispatch(input: $i) { dispatch { id status basis { powerItemId } } case { basis { powerItemId } } } }""";

    /** The published power items of the hop's department, as its handler lists them. */
    static JsonPath choices(Role role, String dispatchId) {
        return Gql.data(Gql.as(role, CHOICES, Map.of("d", dispatchId)));
    }

    static Map<String, Object> basis(String itemId, String duty) {
        return duty == null ? Map.of("powerItemId", itemId) : Map.of("powerItemId", itemId, "supervisionDuty", duty);
    }

    /** A power item of another department (城市管理局). */
    static String itemOfUrbanManagement() {
        return Gql.data(Gql.as(Role.LEADER, """
                query($u: ID!) { listItems(filter: {kind: POWER, unitId: $u}, first: 1) { edges { node { id } } } }""",
                Map.of("u", Cases.unitId("JZ-QH-D11")))).getString("data.listItems.edges[0].node.id");
    }

    @Test
    void theHandlerNamesAnItemOfItsDepartmentAndTheCaseTakesIt() throws SQLException {
        String hop = Cases.signedLead();
        JsonPath items = choices(Role.DEPARTMENT, hop);
        assertTrue(items.getList("data.basisChoices").size() > 5);
        assertTrue(items.getList("data.basisChoices.unitId", String.class).stream().allMatch(Cases.unitId("JZ-QH-D10")::equals));
        String item = items.getString("data.basisChoices[0].id");
        String duty = items.getString("data.basisChoices[0].details.power.supervisionDuties[0]");
        JsonPath set = Gql.data(Cases.call(Role.DEPARTMENT, SET, Map.of("dispatchId", hop, "basis", basis(item, duty))));
        assertEquals(item, set.getString("data.setCaseBasis.dispatch.basis.powerItemId"));
        assertEquals(duty, set.getString("data.setCaseBasis.dispatch.basis.supervisionDuty"));
        assertTrue(set.getInt("data.setCaseBasis.dispatch.basis.powerItemVersion") >= 1);
        assertEquals(item, set.getString("data.setCaseBasis.case.basis.powerItemId"));
        String caseId = set.getString("data.setCaseBasis.case.id");
        // the reporter, who sees the case but not its hops, reads the case's basis
        assertEquals(item, Gql.data(Gql.as(Role.GRID_WORKER, "query($id: ID!) { case(id: $id) { basis { powerItemId } } }",
                Map.of("id", caseId))).getString("data.case.basis.powerItemId"));
        // changed to another item without a duty, then cleared
        String other = items.getString("data.basisChoices[1].id");
        JsonPath changed = Gql.data(Cases.call(Role.DEPARTMENT, SET, Map.of("dispatchId", hop, "basis", basis(other, null),
                "dispatchVersion", set.getInt("data.setCaseBasis.dispatch.version"))));
        assertEquals(other, changed.getString("data.setCaseBasis.case.basis.powerItemId"));
        assertNull(changed.getString("data.setCaseBasis.case.basis.supervisionDuty"));
        JsonPath cleared = Gql.data(Cases.call(Role.DEPARTMENT, SET, Map.of("dispatchId", hop)));
        assertNull(cleared.get("data.setCaseBasis.dispatch.basis"));
        assertNull(cleared.get("data.setCaseBasis.case.basis"));
        // a stale version is a conflict
        Gql.error(Cases.call(Role.DEPARTMENT, SET, Map.of("dispatchId", hop, "basis", basis(item, null),
                "dispatchVersion", set.getInt("data.setCaseBasis.dispatch.version"))), "CONFLICT");
        assertEquals(3, count("SELECT count(*) FROM audit_event WHERE action = 'DISPATCH_BASIS_SET' AND entity_id = '" + hop + "'"));
        assertEquals(3, count("SELECT count(*) FROM audit_event WHERE action = 'CASE_BASIS_SET' AND entity_id = '" + caseId + "'"));
    }

    long count(String sql) throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void onlyItemsOfTheHandlingDepartmentsPublishedListAreNamed() {
        String hop = Cases.signedLead();
        JsonPath other = Cases.call(Role.DEPARTMENT, SET, Map.of("dispatchId", hop, "basis", basis(itemOfUrbanManagement(), null)));
        Gql.error(other, "VALIDATION");
        assertEquals("input.basis.powerItemId", other.getString("errors[0].extensions.field"));
        JsonPath notPower = Cases.call(Role.DEPARTMENT, SET, Map.of("dispatchId", hop,
                "basis", basis(Cases.itemId("COLLABORATION", "噪声"), null)));
        Gql.error(notPower, "VALIDATION");
        assertEquals("input.basis.powerItemId", notPower.getString("errors[0].extensions.field"));
        String item = choices(Role.DEPARTMENT, hop).getString("data.basisChoices[0].id");
        JsonPath duty = Cases.call(Role.DEPARTMENT, SET, Map.of("dispatchId", hop, "basis", basis(item, "不存在的监管责任")));
        Gql.error(duty, "VALIDATION");
        assertEquals("input.basis.supervisionDuty", duty.getString("errors[0].extensions.field"));
    }

    @Test
    void onlyTheHandlerOfAHopInHandNamesIt() {
        Cases.Dispatched d = Cases.dispatched(true);
        String item = choices(Role.DEPARTMENT, Cases.signedLead()).getString("data.basisChoices[0].id");
        // not signed for yet
        assertTrue(Gql.error(Cases.call(Role.DEPARTMENT, SET, Map.of("dispatchId", d.leadId(), "basis", basis(item, null))), "CONFLICT")
                .contains("签收"));
        Gql.data(Cases.call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", d.leadId())));
        // the dispatcher sees the hop but does not handle it
        assertFalse(Gql.error(Cases.call(Role.COMMAND_CENTRE, SET, Map.of("dispatchId", d.leadId(), "basis", basis(item, null))),
                "FORBIDDEN").isBlank());
        Gql.error(Gql.as(Role.COMMAND_CENTRE, CHOICES, Map.of("d", d.leadId())), "FORBIDDEN");
        // a unit that is no party to the hop does not see it
        Gql.error(Cases.call(Role.TOWNSHIP, SET, Map.of("dispatchId", d.leadId(), "basis", basis(item, null))), "NOT_FOUND");
        // the co-operating unit's hop is not the case's: naming its basis leaves the case's alone
        Gql.data(Cases.call(Role.DEPARTMENT, SET, Map.of("dispatchId", d.leadId(), "basis", basis(item, null))));
        assertEquals(item, Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { case(id: $id) { basis { powerItemId } } }",
                Map.of("id", d.caseId()))).getString("data.case.basis.powerItemId"));
    }

    @Test
    void aReplyNamesTheBasisInTheSameTransaction() throws SQLException {
        String hop = Cases.signedLead();
        String item = choices(Role.DEPARTMENT, hop).getString("data.basisChoices[2].id");
        JsonPath wrong = Cases.call(Role.DEPARTMENT, REPLY, Map.of("dispatchId", hop, "text", "已处置",
                "basis", basis(itemOfUrbanManagement(), null)));
        assertEquals("input.basis.powerItemId", wrong.getString("errors[0].extensions.field"));
        // the refused basis left the reply undone
        assertEquals("SIGNED", Gql.data(Gql.as(Role.DEPARTMENT, "query($id: ID!) { case(id: $id) { dispatches { id status } } }",
                Map.of("id", caseOf(hop)))).getString("data.case.dispatches.find { it.id == '" + hop + "' }.status"));
        JsonPath replied = Gql.data(Cases.call(Role.DEPARTMENT, REPLY, Map.of("dispatchId", hop, "text", "已处置", "basis", basis(item, null))));
        assertEquals("REPLIED", replied.getString("data.replyDispatch.dispatch.status"));
        assertEquals(item, replied.getString("data.replyDispatch.dispatch.basis.powerItemId"));
        assertEquals(item, replied.getString("data.replyDispatch.case.basis.powerItemId"));
    }

    @Test
    void passingTheHopToAnOfficeNamesItsBasisAndTheOfficeNamesFromItsDepartmentsList() {
        Cases.Dispatched d = Cases.dispatched(false);
        // a first hop's dispatcher is not its handler: no basis there
        String first = Cases.accepted();
        JsonPath atFirst = Cases.call(Role.COMMAND_CENTRE, Cases.DISPATCH, Map.of("caseId", first, "caseVersion", Cases.version(first),
                "targets", List.of(Map.of("unitId", Cases.unitId("JZ-QH-D10"), "role", "LEAD")), "basis", basis(itemOfUrbanManagement(), null)));
        Gql.error(atFirst, "VALIDATION");
        assertEquals("input.basis", atFirst.getString("errors[0].extensions.field"));
        Gql.data(Cases.call(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", d.leadId())));
        JsonPath items = choices(Role.DEPARTMENT, d.leadId());
        String item = items.getString("data.basisChoices[3].id");
        JsonPath onward = Gql.data(Cases.call(Role.DEPARTMENT, Cases.DISPATCH, Map.of("caseId", d.caseId(), "caseVersion",
                Cases.version(d.caseId()), "parentDispatchId", d.leadId(),
                "targets", List.of(Map.of("unitId", Cases.unitId("JZ-QH-D10-K07"), "role", "LEAD")), "basis", basis(item, null))));
        String officeHop = onward.getString("data.dispatchCase.dispatches[0].id");
        assertEquals(item, Gql.data(Gql.as(Role.LEADER, "query($id: ID!) { case(id: $id) { basis { powerItemId } } }",
                Map.of("id", d.caseId()))).getString("data.case.basis.powerItemId"));
        // the office's staff name an item of their department's list on their own hop
        Gql.data(Cases.asOffice(Cases.SIGN, Map.of("dispatchId", officeHop)));
        JsonPath officeChoices = Gql.data(Gql.ok(Gql.post(Keycloak.office(Keycloak.ENVIRONMENT_OFFICE), CHOICES, Map.of("d", officeHop))));
        assertEquals(items.getList("data.basisChoices.id"), officeChoices.getList("data.basisChoices.id"));
        JsonPath named = Gql.data(Cases.asOffice(SET, Map.of("dispatchId", officeHop, "basis", basis(item, null))));
        assertEquals(item, named.getString("data.setCaseBasis.dispatch.basis.powerItemId"));
        Gql.error(Cases.asOffice(SET, Map.of("dispatchId", officeHop, "basis", basis(itemOfUrbanManagement(), null))), "VALIDATION");
    }

    /** The case of a dispatch. */
    String caseOf(String dispatchId) throws SQLException {
        return String.valueOf(count("SELECT case_id FROM case_dispatch WHERE id = " + Long.parseLong(dispatchId)));
    }
}
