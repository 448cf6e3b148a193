package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Webhooks;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The authorization matrix's requests for automatic escalation's rules and integrations' callbacks (rows in
 * authorization-escalation.csv). Each rule is of a fresh category, so the district's default and other tests' rules
 * stay untouched; callbacks point at a closed local port and the integration keeps at most one.
 */
final class EscalationOperations {
    private static final String SAVE = """
            mutation($i: SaveEscalationRuleInput!) { saveEscalationRule(input: $i) { rule { id version } } }""";

    private EscalationOperations() {
    }

    private static Map<String, Object> freshRule() {
        Map<String, Object> in = new HashMap<>();
        in.put("categoryText", "矩阵测试类别" + UUID.randomUUID().toString().substring(0, 8));
        in.put("warnBeforeHours", 8);
        in.put("remindAtDeadline", true);
        in.put("escalateAfterDays", 2);
        return in;
    }

    /** A rule 编办 saved just now: its id and version. */
    private static Map<String, Object> savedRule() {
        var rule = Gql.data(Cases.call(Role.ESTABLISHMENT_OFFICE, SAVE, freshRule()));
        return Map.of("id", rule.getString("data.saveEscalationRule.rule.id"),
                "version", rule.getInt("data.saveEscalationRule.rule.version"));
    }

    private static String matrixUrl() {
        return "http://127.0.0.1:9/matrix/" + UUID.randomUUID();
    }

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("escalationSettings", new Operation("""
                    query { escalationSettings { regionName districtDefault { warnBeforeHours } categoryRules { id } } }""", Map::of)),
            Map.entry("saveEscalationRule", new Operation(SAVE, () -> Map.of("i", freshRule()))),
            Map.entry("removeEscalationRule", new Operation("""
                    mutation($i: RemoveEscalationRuleInput!) { removeEscalationRule(input: $i) { removedId } }""",
                    () -> Map.of("i", savedRule()))),
            Map.entry("registerWebhook", new Operation(Webhooks.REGISTER, () -> {
                Webhooks.removeAll();
                return Map.of("i", Map.of("url", matrixUrl()));
            })),
            Map.entry("webhookSubscriptions", new Operation(Webhooks.SUBSCRIPTIONS, Map::of)),
            Map.entry("removeWebhook", new Operation(Webhooks.REMOVE, () -> Map.of("i", Map.of("id",
                    Webhooks.only(matrixUrl()).getString("data.registerWebhook.subscription.id"))))),
            Map.entry("webhookDeliveries", new Operation(Webhooks.DELIVERIES, Map::of)));
}
