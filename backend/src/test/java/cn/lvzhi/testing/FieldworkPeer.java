package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds peer assessment (互评) fixtures: a round of its own with the demo users' units (环境局 D10, 城管局 D11, 镇街
 * T01) and fresh units of 清河区, its rules saved and its matrix generated through GraphQL as 编办 would.
 */
public final class FieldworkPeer {
    public static final String ASSESSMENT = """
            query($r: ID!) { peerAssessment(roundId: $r) { roundId seat configured windowOpen closesAt trimFrom version
              generatedAt rules { raterKind targetKind ratersPerTarget } } }""";
    public static final String SAVE = """
            mutation($i: SavePeerRulesInput!) { savePeerRules(input: $i) { assessment { version configured trimFrom } } }""";
    public static final String GENERATE = """
            mutation($i: GeneratePeerMatrixInput!) { generatePeerMatrix(input: $i) { assignmentCount
              shortfalls { unit { code } wanted got } assessment { generatedAt version } } }""";
    public static final String MATRIX = """
            query($r: ID!) { peerMatrix(roundId: $r) { assignmentCount ratedCount raterCount submittedCount
              targets { unit { id code } kind wanted assigned rated } raters { unit { id code } kind assigned rated submittedAt } } }""";
    public static final String AGGREGATES = """
            query($r: ID!) { peerAggregates(roundId: $r) { unit { id code } kind score ratings assigned trimmed } }""";
    public static final String TASKS = """
            query($r: ID!) { myPeerTasks(roundId: $r) { submittedAt editable lockedReason
              tasks { target { id code } targetKind score comment version } } }""";
    public static final String CONFLICTS = """
            query($r: ID!) { peerConflicts(roundId: $r) { id unitA { code } unitB { code } reason wholeRegion } }""";
    public static final String ADD_CONFLICT = """
            mutation($i: AddPeerConflictInput!) { addPeerConflict(input: $i) { conflict { id reason wholeRegion } } }""";
    public static final String REMOVE_CONFLICT = """
            mutation($i: RemovePeerConflictInput!) { removePeerConflict(input: $i) { id } }""";
    public static final String RATE = """
            mutation($i: RatePeerInput!) { ratePeer(input: $i) { task { target { id } score comment version } } }""";
    public static final String SUBMIT = """
            mutation($i: SubmitPeerRatingsInput!) { submitPeerRatings(input: $i) { tasks { submittedAt editable lockedReason } } }""";

    private FieldworkPeer() {
    }

    /** A peer round: its id and the units in it by a short name (d10, d11, t01, x1, x2, x3, t9). */
    public record PeerRound(String id, Map<String, String> units) {
        public String unit(String name) {
            return units.get(name);
        }
    }

    /** Opens a round of D10, D11, T01, three fresh departments and a fresh township (self-assessment open a day). */
    public static PeerRound round() {
        Map<String, String> units = new HashMap<>();
        units.put("d10", Mandates.unitId("JZ-QH-D10"));
        units.put("d11", Mandates.unitId("JZ-QH-D11"));
        units.put("t01", Mandates.unitId("JZ-QH-T01"));
        for (String x : List.of("x1", "x2", "x3")) {
            units.put(x, String.valueOf(EvaluationFixtures.unit("互评部门", "LAW_ENFORCEMENT")));
        }
        units.put("t9", String.valueOf(EvaluationFixtures.unit("互评乡镇", null)));
        return new PeerRound(EvaluationRounds.open(new ArrayList<>(units.values()), 24), units);
    }

    /** Rules D→D 3, T→D 2, D→T 2, trimming from 3 ratings, no closing time. */
    public static Map<String, Object> rules(String roundId, Integer version) {
        Map<String, Object> i = new HashMap<>();
        i.put("roundId", roundId);
        if (version != null) {
            i.put("version", version);
        }
        i.put("trimFrom", 3);
        i.put("rules", List.of(rule("DEPARTMENT", "DEPARTMENT", 3), rule("TOWNSHIP", "DEPARTMENT", 2),
                rule("DEPARTMENT", "TOWNSHIP", 2)));
        return i;
    }

    public static Map<String, Object> rule(String rater, String target, int n) {
        return Map.of("raterKind", rater, "targetKind", target, "ratersPerTarget", n);
    }

    /** A round with the rules saved, D10 and D11 in conflict, and the matrix generated. */
    public static PeerRound generated() {
        PeerRound r = round();
        office(SAVE, Map.of("i", rules(r.id(), null)));
        office(ADD_CONFLICT, Map.of("i", Map.of("roundId", r.id(), "unitAId", r.unit("d10"), "unitBId", r.unit("d11"),
                "reason", "同一分管领导")));
        office(GENERATE, Map.of("i", Map.of("roundId", r.id())));
        return r;
    }

    public static JsonPath office(String document, Map<String, Object> variables) {
        return Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, document, variables));
    }

    public static JsonPath as(String token, String document, Map<String, Object> variables) {
        return Gql.ok(Gql.post(token, document, variables));
    }

    /** The caller's tasks as (target id → version). */
    public static Map<String, Integer> tasks(String token, String roundId) {
        JsonPath p = Gql.data(as(token, TASKS, Map.of("r", roundId)));
        Map<String, Integer> out = new HashMap<>();
        List<Map<String, Object>> tasks = p.getList("data.myPeerTasks.tasks");
        tasks.forEach(t -> out.put(String.valueOf(((Map<?, ?>) t.get("target")).get("id")), (Integer) t.get("version")));
        return out;
    }

    public static Map<String, Object> rating(String roundId, String target, Object score, int version) {
        Map<String, Object> i = new HashMap<>();
        i.put("roundId", roundId);
        i.put("targetUnitId", target);
        i.put("score", score);
        i.put("version", version);
        return Map.of("i", i);
    }

    /** Gives the target's cells (in rater id order) these scores straight in the database, as raters without users would. */
    public static void scoreAll(String roundId, String targetId, List<Integer> scores) {
        List<Long> cells = new ArrayList<>();
        try (var c = DatabaseOwner.connect(); var st = c.prepareStatement(
                "SELECT id FROM evaluation_peer_assignment WHERE round_id = ? AND target_unit_id = ? ORDER BY rater_unit_id")) {
            st.setLong(1, Long.parseLong(roundId));
            st.setLong(2, Long.parseLong(targetId));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    cells.add(rs.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        for (int k = 0; k < cells.size() && k < scores.size(); k++) {
            EvaluationRounds.sql("UPDATE evaluation_peer_assignment SET score = ?, rated_at = now() WHERE id = ?",
                    new java.math.BigDecimal(scores.get(k)), cells.get(k));
        }
    }

    public static void publish(String roundId) {
        EvaluationRounds.sql("UPDATE evaluation_round SET stage = 'PUBLISHED', published_at = now(), published_by_name = '测试'"
                + " WHERE id = ?", Long.parseLong(roundId));
    }
}
