package cn.lvzhi.audit;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit-trail page's reads (审计追溯): any entity's history, oldest first and paged, with the fields each row
 * changed; the chain check names its newest checkpoint; bad input is VALIDATION naming the argument; other roles
 * are refused with the reason.
 */
@QuarkusTest
class AuditHistoryApiTest {
    static final String HISTORY = """
            query($t: String!, $id: String!, $first: Int, $after: String) {
              auditHistory(entityType: $t, entityId: $id, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { node { seq action actorName actorUnit entityType entityId hash prevHash hashValid
                               changes { field before after } } } } }""";

    static JsonPath history(Role role, String type, String id, Integer first, String after) {
        Map<String, Object> vars = new HashMap<>(Map.of("t", type, "id", id));
        if (first != null) {
            vars.put("first", first);
        }
        if (after != null) {
            vars.put("after", after);
        }
        return Gql.as(role, HISTORY, vars);
    }

    @Test
    void anEntitysHistoryReadsOldestFirstWithWhatEachRowChanged() {
        String unit = AuditTrailTest.renameAUnit();
        JsonPath first = Gql.data(history(Role.DISCIPLINE, "Unit", unit, 1, null));
        assertEquals(2, first.getInt("data.auditHistory.totalCount"));
        assertTrue(first.getBoolean("data.auditHistory.pageInfo.hasNextPage"));
        assertEquals("UNIT_CREATED", first.getString("data.auditHistory.edges[0].node.action"));
        assertEquals("JZ-QH-BB", first.getString("data.auditHistory.edges[0].node.actorUnit"));
        assertTrue(first.getBoolean("data.auditHistory.edges[0].node.hashValid"));
        List<Map<String, Object>> created = first.getList("data.auditHistory.edges[0].node.changes");
        assertTrue(created.stream().anyMatch(c -> "name".equals(c.get("field")) && c.get("before") == null
                && String.valueOf(c.get("after")).startsWith("审计测试科")), created.toString());

        JsonPath second = Gql.data(history(Role.ESTABLISHMENT_OFFICE, "Unit", unit, 1,
                first.getString("data.auditHistory.pageInfo.endCursor")));
        assertFalse(second.getBoolean("data.auditHistory.pageInfo.hasNextPage"));
        assertEquals("UNIT_UPDATED", second.getString("data.auditHistory.edges[0].node.action"));
        List<Map<String, Object>> changes = second.getList("data.auditHistory.edges[0].node.changes");
        assertEquals(List.of("name", "version"), changes.stream().map(c -> c.get("field")).toList(), "only what changed: " + changes);
        assertTrue(String.valueOf(changes.get(0).get("before")).startsWith("审计测试科"));
        assertTrue(String.valueOf(changes.get(0).get("after")).startsWith("审计测试二科"));
        assertTrue(second.getInt("data.auditHistory.edges[0].node.seq") > first.getInt("data.auditHistory.edges[0].node.seq"));

        JsonPath none = Gql.data(history(Role.DISCIPLINE, "Unit", "0", null, null));
        assertEquals(0, none.getInt("data.auditHistory.totalCount"));
    }

    @Test
    void theEntityTypesAndTheNewestCheckpointAreShown() {
        AuditTrailTest.renameAUnit();
        List<String> types = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, "{ auditEntityTypes }")).getList("data.auditEntityTypes");
        assertTrue(types.contains("Unit"), types.toString());
        assertEquals(types.stream().sorted().toList(), types);
        JsonPath check = Gql.data(Gql.as(Role.DISCIPLINE, "{ auditIntegrity { intact checkpoints lastCheckpointSeq lastCheckpointAt firstBroken { seq } } }"));
        assertTrue(check.getBoolean("data.auditIntegrity.intact"));
        assertEquals(null, check.getString("data.auditIntegrity.firstBroken"));
        assertEquals(check.getInt("data.auditIntegrity.checkpoints") == 0, check.get("data.auditIntegrity.lastCheckpointAt") == null);
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("entityType", field(history(Role.DISCIPLINE, "Case; drop", "1", null, null)));
        assertEquals("entityId", field(history(Role.DISCIPLINE, "Case", " ", null, null)));
        assertEquals("entityId", field(history(Role.DISCIPLINE, "Case", "9".repeat(65), null, null)));
        assertEquals("first", field(history(Role.DISCIPLINE, "Case", "1", 0, null)));
        assertEquals("after", field(history(Role.DISCIPLINE, "Case", "1", null, "%%%")));
    }

    static String field(JsonPath body) {
        Gql.error(body, "VALIDATION");
        return body.getString("errors[0].extensions.field");
    }

    @Test
    void otherRolesAreRefusedWithTheReason() {
        for (Role role : List.of(Role.LEADER, Role.ORGANISATION, Role.COMMAND_CENTRE, Role.DEPARTMENT, Role.GRID_WORKER)) {
            assertTrue(Gql.error(history(role, "Case", "1", null, null), "FORBIDDEN").contains("编办和纪委监委"), role.name());
            Gql.error(Gql.as(role, "{ auditEntityTypes }"), "FORBIDDEN");
        }
        String investigation = Gql.error(history(Role.ESTABLISHMENT_OFFICE, "Investigation", "1", null, null), "FORBIDDEN");
        assertTrue(investigation.contains("责任倒查"), investigation);
        assertEquals(0, Gql.data(history(Role.DISCIPLINE, "Investigation", "0", null, null)).getInt("data.auditHistory.totalCount"));
    }
}
