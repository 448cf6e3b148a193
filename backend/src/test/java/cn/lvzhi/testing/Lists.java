package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds list items and proposals through the API, as the demo users would. */
public final class Lists {
    public static final String PROPOSE = """
            mutation($i: ProposeListChangeInput!) {
              proposeListChange(input: $i) { change { id status baseVersion item { id code status publishedVersion } } } }""";
    public static final String DECIDE = """
            mutation($i: DecideListChangeInput!) {
              decideListChange(input: $i) { change { id status resultingVersion decisionReason item { id status publishedVersion name } } } }""";
    private static String twiceApproved;

    private Lists() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An ADD proposal of a power item owned by the unit. */
    public static Map<String, Object> addition(String unitId) {
        String code = "T-" + unique();
        Map<String, Object> power = new HashMap<>();
        power.put("type", "INSPECTION");
        power.put("legalBasis", "《中华人民共和国噪声污染防治法》第二十九条");
        power.put("level", "COUNTY");
        power.put("supervisionDuties", List.of("对建筑施工噪声的日常巡查"));
        return Map.of("changeType", "ADD", "kind", "POWER", "code", code, "unitId", unitId,
                "name", "对建筑施工场界噪声的行政检查" + code, "reason", "三定调整新增职责", "details", Map.of("power", power));
    }

    public static JsonPath propose(Role role, Map<String, Object> input) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), PROPOSE, Map.of("i", input)));
    }

    public static JsonPath decide(Role role, String changeId, boolean approve, String reason) {
        Map<String, Object> input = new HashMap<>(Map.of("changeId", changeId, "approve", approve));
        if (reason != null) {
            input.put("reason", reason);
        }
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), DECIDE, Map.of("i", input)));
    }

    /** A pending ADD proposed by the department demo user (清河区生态环境局) for its own unit; the change id. */
    public static String pendingAddition(String unitId) {
        return Gql.data(propose(Role.DEPARTMENT, addition(unitId))).getString("data.proposeListChange.change.id");
    }

    /** An item added and then renamed, both approved: versions 1 and 2 exist. */
    public static synchronized String twiceApprovedItem() {
        if (twiceApproved == null) {
            String unitId = Gql.data(Gql.as(Role.LEADER, "{ unitByCode(code: \"JZ-QH-D10\") { id } }")).getString("data.unitByCode.id");
            JsonPath added = Gql.data(decide(Role.ESTABLISHMENT_OFFICE, pendingAddition(unitId), true, null));
            String itemId = added.getString("data.decideListChange.change.item.id");
            String change = Gql.data(propose(Role.DEPARTMENT, Map.of("changeType", "CHANGE", "itemId", itemId, "baseVersion", 1,
                    "name", "更名后的事项" + unique(), "reason", "名称规范化"))).getString("data.proposeListChange.change.id");
            Gql.data(decide(Role.ESTABLISHMENT_OFFICE, change, true, null));
            twiceApproved = itemId;
        }
        return twiceApproved;
    }

    static String unitIdOf(String code) {
        return Gql.data(Gql.as(Role.LEADER, "query($c: String!) { unitByCode(code: $c) { id } }", Map.of("c", code)))
                .getString("data.unitByCode.id");
    }

    /** Variables comparing 清河区生态环境局 with 江州市生态环境局. */
    public static Map<String, Object> comparisonOfEnvironment() {
        return Map.of("i", Map.of("subjectUnitId", unitIdOf("JZ-QH-D10"), "referenceUnitId", unitIdOf("JZ-D10")));
    }

    /** A stored comparison report about 清河区生态环境局; its id. */
    public static String storedComparison() {
        return Gql.data(Gql.ok(Gql.post(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE),
                        "mutation($i: RunComparisonInput!) { runListComparison(input: $i) { comparison { id } } }",
                        comparisonOfEnvironment())))
                .getString("data.runListComparison.comparison.id");
    }
}
