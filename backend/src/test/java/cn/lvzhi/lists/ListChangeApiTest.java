package cn.lvzhi.lists;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Lists;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proposals and approvals of list items (动态调整): versions, conflicts, visibility, idempotency. */
@QuarkusTest
class ListChangeApiTest {
    @Inject
    AgroalDataSource db;

    static String unitId(String code) {
        return Gql.data(Gql.as(Role.LEADER, "query($c: String!) { unitByCode(code: $c) { id } }", Map.of("c", code)))
                .getString("data.unitByCode.id");
    }

    static JsonPath item(Role role, String id) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role),
                "query($id: ID!) { listItem(id: $id) { id code name status publishedVersion versions { versionNo name } } }",
                Map.of("id", id)));
    }

    int versionRows(String itemId) throws SQLException {
        try (var c = db.getConnection(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM list_item_version WHERE item_id = " + Long.parseLong(itemId))) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void approvalPublishesExactlyOneNewVersion() throws SQLException {
        String change = Lists.pendingAddition(unitId("JZ-QH-D10"));
        JsonPath approved = Gql.data(Lists.decide(Role.ESTABLISHMENT_OFFICE, change, true, null));
        String itemId = approved.getString("data.decideListChange.change.item.id");
        assertEquals("APPROVED", approved.getString("data.decideListChange.change.status"));
        assertEquals(1, approved.getInt("data.decideListChange.change.resultingVersion"));
        assertEquals("PUBLISHED", approved.getString("data.decideListChange.change.item.status"));
        assertEquals(1, versionRows(itemId));

        String rename = Gql.data(Lists.propose(Role.DEPARTMENT, Map.of("changeType", "CHANGE", "itemId", itemId, "baseVersion", 1,
                "name", "新名称" + Lists.unique(), "reason", "规范名称", "legalBasis", "三定规定第三条"))).getString("data.proposeListChange.change.id");
        assertEquals(1, versionRows(itemId), "a proposal alone publishes nothing");
        Gql.data(Lists.decide(Role.ESTABLISHMENT_OFFICE, rename, true, null));
        assertEquals(2, versionRows(itemId));

        JsonPath seen = Gql.data(item(Role.GRID_WORKER, itemId));
        assertEquals(2, seen.getInt("data.listItem.publishedVersion"));
        assertEquals(List.of(1, 2), seen.getList("data.listItem.versions.versionNo"));
        JsonPath diff = Gql.data(Gql.as(Role.TOWNSHIP, "query($id: ID!) { listItemDiff(itemId: $id, fromVersion: 1, toVersion: 2) { path before after } }",
                Map.of("id", itemId)));
        assertEquals(List.of("name"), diff.getList("data.listItemDiff.path"), "only the name changed");

        // deciding again is a CONFLICT naming the state, and publishes nothing more
        assertTrue(Gql.error(Lists.decide(Role.ESTABLISHMENT_OFFICE, rename, true, null), "CONFLICT").contains("APPROVED"));
        assertEquals(2, versionRows(itemId));
    }

    @Test
    void staleEditIsAConflict() {
        String itemId = Lists.twiceApprovedItem();
        String reason = Gql.error(Lists.propose(Role.DEPARTMENT, Map.of("changeType", "CHANGE", "itemId", itemId, "baseVersion", 1,
                "name", "基于旧版的修改", "reason", "过时")), "CONFLICT");
        assertTrue(reason.contains("2"), "names the current version: " + reason);
    }

    @Test
    void onlyOnePendingProposalPerItem() {
        String itemId = Gql.data(Lists.decide(Role.ESTABLISHMENT_OFFICE, Lists.pendingAddition(unitId("JZ-QH-D10")), true, null))
                .getString("data.decideListChange.change.item.id");
        Map<String, Object> retire = Map.of("changeType", "RETIRE", "itemId", itemId, "baseVersion", 1, "reason", "职责划出");
        Gql.data(Lists.propose(Role.DEPARTMENT, retire));
        Gql.error(Lists.propose(Role.ESTABLISHMENT_OFFICE, retire), "CONFLICT");
    }

    @Test
    void retirementRetiresTheItemAsANewVersion() {
        String itemId = Gql.data(Lists.decide(Role.ESTABLISHMENT_OFFICE, Lists.pendingAddition(unitId("JZ-QH-D10")), true, null))
                .getString("data.decideListChange.change.item.id");
        String change = Gql.data(Lists.propose(Role.DEPARTMENT, Map.of("changeType", "RETIRE", "itemId", itemId, "baseVersion", 1,
                "reason", "职责划转至城市管理局"))).getString("data.proposeListChange.change.id");
        JsonPath done = Gql.data(Lists.decide(Role.ESTABLISHMENT_OFFICE, change, true, null));
        assertEquals("RETIRED", done.getString("data.decideListChange.change.item.status"));
        assertEquals(2, done.getInt("data.decideListChange.change.item.publishedVersion"));
        Gql.error(Lists.propose(Role.DEPARTMENT, Map.of("changeType", "CHANGE", "itemId", itemId, "baseVersion", 2,
                "name", "复活", "reason", "x")), "CONFLICT");
    }

    @Test
    void rejectionNeedsAReasonAndChangesNothing() {
        String change = Lists.pendingAddition(unitId("JZ-QH-D10"));
        JsonPath noReason = Lists.decide(Role.ESTABLISHMENT_OFFICE, change, false, null);
        Gql.error(noReason, "VALIDATION");
        assertEquals("input.reason", noReason.getString("errors[0].extensions.field"));
        JsonPath rejected = Gql.data(Lists.decide(Role.ESTABLISHMENT_OFFICE, change, false, "与现有事项重复"));
        assertEquals("REJECTED", rejected.getString("data.decideListChange.change.status"));
        assertEquals("DRAFT", rejected.getString("data.decideListChange.change.item.status"));
        assertEquals(0, rejected.getInt("data.decideListChange.change.item.publishedVersion"));
    }

    @Test
    void draftsExistOnlyForTheirUnitTheOfficeAndLeaders() {
        JsonPath proposed = Gql.data(Lists.propose(Role.DEPARTMENT, Lists.addition(unitId("JZ-QH-D10"))));
        String itemId = proposed.getString("data.proposeListChange.change.item.id");
        String code = proposed.getString("data.proposeListChange.change.item.code");
        for (Role role : List.of(Role.DEPARTMENT, Role.ESTABLISHMENT_OFFICE, Role.LEADER)) {
            assertEquals("DRAFT", Gql.data(item(role, itemId)).getString("data.listItem.status"), role::name);
        }
        for (Role role : List.of(Role.TOWNSHIP, Role.GRID_WORKER, Role.COMMAND_CENTRE, Role.INTEGRATION, Role.DISCIPLINE)) {
            Gql.error(item(role, itemId), "NOT_FOUND");
            JsonPath drafts = Gql.data(Gql.as(role, "{ listItems(filter: {kind: POWER, status: DRAFT}, first: 200) { edges { node { code } } } }"));
            assertTrue(!drafts.getList("data.listItems.edges.node.code").contains(code), () -> role + " must not list the draft");
        }
        JsonPath published = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE,
                "query($k: String) { listItems(filter: {kind: POWER, keyword: $k}) { totalCount } }", Map.of("k", code)));
        assertEquals(0, published.getInt("data.listItems.totalCount"), "a draft is not in the published list");
    }

    @Test
    void departmentsProposeOnlyForTheirOwnUnitAndNeverDecide() {
        String forOther = Gql.error(Lists.propose(Role.DEPARTMENT, Lists.addition(unitId("JZ-QH-D11"))), "FORBIDDEN");
        assertTrue(forOther.contains("本单位"), forOther);
        String change = Lists.pendingAddition(unitId("JZ-QH-D10"));
        assertTrue(Gql.error(Lists.decide(Role.DEPARTMENT, change, true, null), "FORBIDDEN").contains("编办"));
        assertTrue(Gql.error(Lists.decide(Role.LEADER, change, true, null), "FORBIDDEN").contains("编办"));
        Gql.error(Lists.decide(Role.TOWNSHIP, change, true, null), "NOT_FOUND");
        assertEquals("PENDING", Gql.data(Gql.as(Role.DEPARTMENT,
                "{ listChanges(status: PENDING, first: 200) { edges { node { id status } } } }"))
                .getList("data.listChanges.edges.node.id").contains(change) ? "PENDING" : "missing");
    }

    @Test
    void aRetriedSubmissionReturnsTheFirstResult() {
        Map<String, Object> input = new HashMap<>(Lists.addition(unitId("JZ-QH-D10")));
        input.put("clientKey", "retry-" + Lists.unique());
        String first = Gql.data(Lists.propose(Role.DEPARTMENT, input)).getString("data.proposeListChange.change.id");
        String second = Gql.data(Lists.propose(Role.DEPARTMENT, input)).getString("data.proposeListChange.change.id");
        assertEquals(first, second);
    }

    @Test
    void invalidProposalsNameTheField() {
        Map<String, Object> wrongKind = new HashMap<>(Lists.addition(unitId("JZ-QH-D10")));
        wrongKind.put("kind", "BOUNDARY");
        JsonPath kindMismatch = Lists.propose(Role.DEPARTMENT, wrongKind);
        Gql.error(kindMismatch, "VALIDATION");
        assertEquals("input.details", kindMismatch.getString("errors[0].extensions.field"));

        Map<String, Object> noReason = new HashMap<>(Lists.addition(unitId("JZ-QH-D10")));
        noReason.put("reason", "  ");
        assertEquals("input.reason", Lists.propose(Role.DEPARTMENT, noReason).getString("errors[0].extensions.field"));

        Map<String, Object> duplicate = new HashMap<>(Lists.addition(unitId("JZ-QH-D10")));
        Gql.data(Lists.propose(Role.DEPARTMENT, duplicate));
        Gql.error(Lists.propose(Role.DEPARTMENT, duplicate), "CONFLICT");
    }

    @Test
    void keywordFindsChineseSubstrings() {
        String itemId = Lists.twiceApprovedItem();
        String code = Gql.data(item(Role.LEADER, itemId)).getString("data.listItem.code");
        // the legal basis 《中华人民共和国噪声污染防治法》 holds 噪声 in the middle of a word
        JsonPath found = Gql.data(Gql.as(Role.GRID_WORKER,
                "{ listItems(filter: {kind: POWER, keyword: \"噪声\"}, first: 200) { totalCount edges { node { code } } } }"));
        assertTrue(found.getList("data.listItems.edges.node.code").contains(code));
        JsonPath none = Gql.data(Gql.as(Role.GRID_WORKER, "{ listItems(filter: {kind: POWER, keyword: \"不存在的词语甲乙丙\"}) { totalCount } }"));
        assertEquals(0, none.getInt("data.listItems.totalCount"));
        assertNull(none.get("errors"));
    }
}
