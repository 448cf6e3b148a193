package cn.lvzhi.lists;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.KeycloakAdmin;
import cn.lvzhi.testing.Lists;
import cn.lvzhi.testing.Mandates;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The territorial adjustment request (属地管理事项动态调整申请表): a township proposes, the establishment office decides,
 * an approval publishes one new version and the township is notified; other townships see nothing of it.
 */
@QuarkusTest
class TerritorialRequestApiTest {
    static final String NOTIFICATIONS = """
            query { notifications(first: 50) { unreadCount edges { node { id kind title subjectType subjectId link readAt } } } }""";

    @Inject
    AgroalDataSource db;

    /** A township's request to add a territorial item led by the unit. */
    static Map<String, Object> addition(String leadUnitId) {
        String code = "SD-T-" + Lists.unique();
        return Map.of("changeType", "ADD", "kind", "TERRITORIAL", "code", code, "unitId", leadUnitId,
                "name", "沿街商铺油烟扰民问题的发现和报告" + code, "reason", "辖区餐饮店集中，群众投诉多",
                "details", Map.of("territorial", Map.of("leadResponsibility", "负责油烟污染的执法查处", "townshipResponsibility",
                        "负责日常巡查，发现问题及时报告并配合处置", "custom", true)));
    }

    long count(String sql) throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long notificationsOf(String unitCode, String changeId) throws SQLException {
        return count("SELECT count(*) FROM notification n JOIN unit u ON u.id = n.recipient_unit_id WHERE u.code = '" + unitCode
                + "' AND n.subject_type = 'ListChange' AND n.subject_id = " + Long.parseLong(changeId));
    }

    @Test
    void shouldPublishExactlyOneVersionAndTellTheTownshipOnApproval() throws SQLException {
        JsonPath proposed = Gql.data(Lists.propose(Role.TOWNSHIP, addition(Mandates.unitId("JZ-QH-D10"))));
        String addId = proposed.getString("data.proposeListChange.change.id");
        String itemId = proposed.getString("data.proposeListChange.change.item.id");
        Gql.data(Lists.decide(Role.ESTABLISHMENT_OFFICE, addId, true, null));
        assertEquals(1, notificationsOf("JZ-QH-T01", addId));

        String changeId = Gql.data(Lists.propose(Role.TOWNSHIP, Map.of("changeType", "CHANGE", "itemId", itemId, "baseVersion", 1,
                "name", "沿街商铺油烟扰民问题的巡查和报告" + Lists.unique(), "reason", "明确镇街巡查职责")))
                .getString("data.proposeListChange.change.id");
        JsonPath queue = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE,
                "{ listChanges(status: PENDING, first: 200) { edges { node { id proposerUnit { code kind } } } } }"));
        int index = queue.getList("data.listChanges.edges.node.id").indexOf(changeId);
        assertTrue(index >= 0, "in the establishment office's queue");
        assertEquals("TOWNSHIP", queue.getString("data.listChanges.edges[" + index + "].node.proposerUnit.kind"));

        JsonPath approved = Gql.data(Lists.decide(Role.ESTABLISHMENT_OFFICE, changeId, true, null));
        assertEquals(2, approved.getInt("data.decideListChange.change.resultingVersion"));
        assertEquals(2, count("SELECT count(*) FROM list_item_version WHERE item_id = " + Long.parseLong(itemId)));
        assertEquals(1, notificationsOf("JZ-QH-T01", changeId), "exactly one notification for the township");
        assertEquals(0, count("SELECT count(*) FROM notification WHERE subject_type = 'ListChange' AND subject_id = "
                + Long.parseLong(changeId) + " AND recipient_unit_id <> (SELECT id FROM unit WHERE code = 'JZ-QH-T01')"));

        JsonPath mine = Gql.data(Gql.as(Role.TOWNSHIP, NOTIFICATIONS));
        List<String> subjects = mine.getList("data.notifications.edges.node.subjectId");
        int at = subjects.indexOf(changeId);
        assertTrue(at >= 0, "the township sees the notification");
        assertEquals("LIST_CHANGE_APPROVED", mine.getString("data.notifications.edges[" + at + "].node.kind"));
        assertEquals("/lists/items/" + itemId, mine.getString("data.notifications.edges[" + at + "].node.link"));
        String notificationId = mine.getString("data.notifications.edges[" + at + "].node.id");
        int unread = mine.getInt("data.notifications.unreadCount");
        JsonPath marked = Gql.data(Gql.as(Role.TOWNSHIP, "mutation($i: [ID!]) { markNotificationsRead(input: {ids: $i}) { marked unreadCount } }",
                Map.of("i", List.of(notificationId))));
        assertEquals(1, marked.getInt("data.markNotificationsRead.marked"));
        assertEquals(unread - 1, marked.getInt("data.markNotificationsRead.unreadCount"));
        List<String> others = Gql.data(Gql.as(Role.DEPARTMENT, NOTIFICATIONS)).getList("data.notifications.edges.node.subjectId");
        assertFalse(others.contains(changeId), "another unit's notifications are not mine");
    }

    @Test
    void shouldLetTheLeadDepartmentSeeTheRequestButNotAnotherTownship() {
        String changeId = Gql.data(Lists.propose(Role.TOWNSHIP, addition(Mandates.unitId("JZ-QH-D10"))))
                .getString("data.proposeListChange.change.id");
        String query = "{ listChanges(first: 200) { edges { node { id status } } } }";
        assertTrue(Gql.data(Gql.as(Role.TOWNSHIP, query)).getList("data.listChanges.edges.node.id").contains(changeId));
        assertTrue(Gql.data(Gql.as(Role.DEPARTMENT, query)).getList("data.listChanges.edges.node.id").contains(changeId),
                "the lead department sees requests on its items");
        try (KeycloakAdmin other = new KeycloakAdmin("township", "JZ-QH-T02")) {
            String token = other.token();
            assertFalse(Gql.data(Gql.ok(Gql.post(token, query, Map.of()))).getList("data.listChanges.edges.node.id").contains(changeId));
            Gql.error(Gql.ok(Gql.post(token, "mutation($id: ID!) { withdrawListChange(changeId: $id) { change { id } } }",
                    Map.of("id", changeId))), "NOT_FOUND");
        }
    }

    @Test
    void shouldRefuseATownshipProposingOutsideItsTerritory() {
        String reason = Gql.error(Lists.propose(Role.TOWNSHIP, addition(Mandates.unitId("JZ-QH-T02"))), "FORBIDDEN");
        assertTrue(reason.contains("属地"), reason);
        Gql.error(Lists.propose(Role.TOWNSHIP, addition(Mandates.unitId("JZ-D10"))), "FORBIDDEN");
        Gql.error(Lists.propose(Role.TOWNSHIP, Lists.addition(Mandates.unitId("JZ-QH-D10"))), "FORBIDDEN");
    }

    @Test
    void shouldRefuseDecidingTwiceAndRejectingWithoutReason() throws SQLException {
        String changeId = Gql.data(Lists.propose(Role.TOWNSHIP, addition(Mandates.unitId("JZ-QH-D11"))))
                .getString("data.proposeListChange.change.id");
        JsonPath noReason = Lists.decide(Role.ESTABLISHMENT_OFFICE, changeId, false, null);
        Gql.error(noReason, "VALIDATION");
        assertEquals("input.reason", noReason.getString("errors[0].extensions.field"));
        assertEquals(0, notificationsOf("JZ-QH-T01", changeId));

        JsonPath rejected = Gql.data(Lists.decide(Role.ESTABLISHMENT_OFFICE, changeId, false, "该事项已列入城市管理局清单"));
        assertEquals("REJECTED", rejected.getString("data.decideListChange.change.status"));
        Gql.error(Lists.decide(Role.ESTABLISHMENT_OFFICE, changeId, true, null), "CONFLICT");
        assertEquals(1, notificationsOf("JZ-QH-T01", changeId), "the township is told of the rejection once");
        assertEquals(1, count("SELECT count(*) FROM notification WHERE subject_id = " + Long.parseLong(changeId)
                + " AND kind = 'LIST_CHANGE_REJECTED' AND link = '/lists/changes' AND title LIKE '%该事项已列入城市管理局清单%'"));
        Gql.error(Gql.ok(Gql.post(Keycloak.tokenFor(Role.TOWNSHIP), "mutation($i: DecideListChangeInput!) { decideListChange(input: $i) { change { id } } }",
                Map.of("i", Map.of("changeId", changeId, "approve", true)))), "FORBIDDEN");
    }
}
