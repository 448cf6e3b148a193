package cn.lvzhi.evaluation.peer;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.EvaluationSchemes;
import cn.lvzhi.testing.FieldworkPeer;
import cn.lvzhi.testing.FieldworkPeer.PeerRound;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.FieldworkPeer.AGGREGATES;
import static cn.lvzhi.testing.FieldworkPeer.ASSESSMENT;
import static cn.lvzhi.testing.FieldworkPeer.CONFLICTS;
import static cn.lvzhi.testing.FieldworkPeer.GENERATE;
import static cn.lvzhi.testing.FieldworkPeer.MATRIX;
import static cn.lvzhi.testing.FieldworkPeer.RATE;
import static cn.lvzhi.testing.FieldworkPeer.SAVE;
import static cn.lvzhi.testing.FieldworkPeer.SUBMIT;
import static cn.lvzhi.testing.FieldworkPeer.TASKS;
import static cn.lvzhi.testing.FieldworkPeer.as;
import static cn.lvzhi.testing.FieldworkPeer.office;
import static cn.lvzhi.testing.FieldworkPeer.rating;
import static cn.lvzhi.testing.FieldworkPeer.tasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Peer assessment (互评) through GraphQL with real tokens: the matrix, who sees what, ratings and their refusals, aggregates. */
@QuarkusTest
class PeerAssessmentApiTest {
    private static final String D10 = Keycloak.tokenFor(Role.DEPARTMENT);
    private static final String T01 = Keycloak.tokenFor(Role.TOWNSHIP);
    private static final String LEADER = Keycloak.tokenFor(Role.LEADER);
    private static final String OFFICE = Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE);

    private static String d11() {
        return EvaluationRounds.d11Token();
    }

    private static Map<String, Object> round(PeerRound r) {
        return Map.of("r", r.id());
    }

    @Test
    void theMatrixHasNoSelfNoConflictAndEveryTargetItsRaters() {
        PeerRound r = FieldworkPeer.generated();
        JsonPath m = office(MATRIX, round(r));
        // 5 departments × (3 + 2) raters + 2 townships × 2
        assertEquals(29, m.getInt("data.peerMatrix.assignmentCount"));
        List<Map<String, Object>> targets = m.getList("data.peerMatrix.targets");
        assertEquals(7, targets.size());
        targets.forEach(t -> assertEquals(t.get("wanted"), t.get("assigned"), () -> "short: " + t));
        assertEquals(7, m.getInt("data.peerMatrix.raterCount"));

        Map<String, Integer> d10 = tasks(D10, r.id());
        assertFalse(d10.containsKey(r.unit("d10")), "never itself");
        assertFalse(d10.containsKey(r.unit("d11")), "never a unit in conflict");
        assertFalse(tasks(d11(), r.id()).containsKey(r.unit("d10")));
        Map<String, Integer> t01 = tasks(T01, r.id());
        assertEquals(5, t01.size(), "a township rates every department (2 per department, 2 townships)");
        assertFalse(t01.containsKey(r.unit("t9")), "townships never rate townships");
        assertEquals("RATER", Gql.data(as(D10, ASSESSMENT, round(r))).getString("data.peerAssessment.seat"));
        assertEquals("OFFICE", office(ASSESSMENT, round(r)).getString("data.peerAssessment.seat"));
        assertTrue(office(ASSESSMENT, round(r)).getBoolean("data.peerAssessment.windowOpen"));
    }

    @Test
    void regeneratingBeforeAnyRatingReplacesTheMatrixThenItIsAConflict() {
        PeerRound r = FieldworkPeer.generated();
        Map<String, Integer> before = tasks(D10, r.id());
        JsonPath again = office(GENERATE, Map.of("i", Map.of("roundId", r.id())));
        assertEquals(29, again.getInt("data.generatePeerMatrix.assignmentCount"));
        assertTrue(again.getList("data.generatePeerMatrix.shortfalls").isEmpty());
        assertEquals(before.keySet(), tasks(D10, r.id()).keySet(), "the same inputs give the same matrix");

        String target = before.keySet().iterator().next();
        Gql.data(as(D10, RATE, rating(r.id(), target, 90, 0)));
        String message = Gql.error(as(OFFICE, GENERATE, Map.of("i", Map.of("roundId", r.id()))), "CONFLICT");
        assertTrue(message.contains("已有单位评分"), message);
    }

    @Test
    void tooFewRatersAreReportedAsShortfalls() {
        PeerRound r = FieldworkPeer.round();
        Map<String, Object> i = new HashMap<>(Map.of("roundId", r.id(), "rules",
                List.of(FieldworkPeer.rule("TOWNSHIP", "DEPARTMENT", 3))));
        office(SAVE, Map.of("i", i));
        JsonPath g = office(GENERATE, Map.of("i", Map.of("roundId", r.id())));
        List<Map<String, Object>> shortfalls = g.getList("data.generatePeerMatrix.shortfalls");
        assertEquals(5, shortfalls.size(), "two townships for five departments wanting three each");
        shortfalls.forEach(s -> assertEquals(List.of(3, 2), List.of(s.get("wanted"), s.get("got"))));
        assertEquals(10, g.getInt("data.generatePeerMatrix.assignmentCount"));
    }

    @Test
    void rulesAreValidatedVersionedAndSetByTheOfficeOnly() {
        PeerRound r = FieldworkPeer.round();
        Map<String, Object> bad = new HashMap<>(FieldworkPeer.rules(r.id(), null));
        bad.put("rules", List.of(FieldworkPeer.rule("TOWNSHIP", "TOWNSHIP", 2)));
        assertTrue(Gql.error(as(OFFICE, SAVE, Map.of("i", bad)), "VALIDATION").contains("乡镇之间不互评"));
        bad.put("rules", List.of(FieldworkPeer.rule("DEPARTMENT", "DEPARTMENT", 0)));
        Gql.error(as(OFFICE, SAVE, Map.of("i", bad)), "VALIDATION");
        bad.put("rules", List.of(FieldworkPeer.rule("DEPARTMENT", "DEPARTMENT", 2), FieldworkPeer.rule("DEPARTMENT", "DEPARTMENT", 3)));
        Gql.error(as(OFFICE, SAVE, Map.of("i", bad)), "VALIDATION");
        assertTrue(Gql.error(as(OFFICE, GENERATE, Map.of("i", Map.of("roundId", r.id()))), "VALIDATION").contains("请先设置互评规则"));

        assertEquals(0, office(SAVE, Map.of("i", FieldworkPeer.rules(r.id(), null))).getInt("data.savePeerRules.assessment.version"));
        Gql.error(as(OFFICE, SAVE, Map.of("i", FieldworkPeer.rules(r.id(), null))), "CONFLICT");
        Gql.error(as(OFFICE, SAVE, Map.of("i", FieldworkPeer.rules(r.id(), 7))), "CONFLICT");
        assertEquals(1, office(SAVE, Map.of("i", FieldworkPeer.rules(r.id(), 0))).getInt("data.savePeerRules.assessment.version"));

        Gql.error(as(D10, SAVE, Map.of("i", FieldworkPeer.rules(r.id(), 1))), "FORBIDDEN");
        Gql.error(as(LEADER, SAVE, Map.of("i", FieldworkPeer.rules(r.id(), 1))), "FORBIDDEN");
        Gql.error(as(LEADER, GENERATE, Map.of("i", Map.of("roundId", r.id()))), "FORBIDDEN");
        Gql.error(Gql.as(Role.DISCIPLINE, SAVE, Map.of("i", FieldworkPeer.rules(r.id(), 1))), "NOT_FOUND");
    }

    @Test
    void aRaterSeesOnlyItsOwnTasksAndItsOwnRatings() {
        PeerRound r = FieldworkPeer.generated();
        Map<String, Integer> d10 = tasks(D10, r.id());
        Map<String, Integer> d11 = tasks(d11(), r.id());
        String shared = d10.keySet().stream().filter(d11::containsKey).findFirst().orElseThrow();
        JsonPath rated = Gql.data(as(D10, RATE, Map.of("i", Map.of("roundId", r.id(), "targetUnitId", shared, "score", 88.5,
                "comment", "配合积极", "version", 0))));
        assertEquals(88.5f, rated.getFloat("data.ratePeer.task.score"));
        JsonPath mine = Gql.data(as(D10, TASKS, round(r)));
        assertTrue(mine.getList("data.myPeerTasks.tasks.comment").contains("配合积极"));
        JsonPath theirs = Gql.data(as(d11(), TASKS, round(r)));
        List<Object> scores = theirs.getList("data.myPeerTasks.tasks.score");
        scores.forEach(s -> assertNull(s, "another rater's rating never shows"));

        Gql.error(as(D10, MATRIX, round(r)), "FORBIDDEN");
        Gql.error(as(D10, CONFLICTS, round(r)), "FORBIDDEN");
        assertTrue(Gql.data(as(D10, AGGREGATES, round(r))).getList("data.peerAggregates").isEmpty(), "no aggregate before publication");
        Gql.data(as(LEADER, MATRIX, round(r)));
        Gql.data(as(LEADER, CONFLICTS, round(r)));
        assertEquals(7, Gql.data(as(LEADER, AGGREGATES, round(r))).getList("data.peerAggregates").size());
        Gql.error(as(LEADER, TASKS, round(r)), "FORBIDDEN");
        Gql.error(as(OFFICE, TASKS, round(r)), "FORBIDDEN");
        Gql.error(as(LEADER, RATE, rating(r.id(), shared, 80, 0)), "FORBIDDEN");
        Gql.error(as(OFFICE, RATE, rating(r.id(), shared, 80, 0)), "FORBIDDEN");
        Gql.error(Gql.as(Role.DISCIPLINE, ASSESSMENT, round(r)), "NOT_FOUND");
        Gql.error(Gql.as(Role.COMMAND_CENTRE, TASKS, round(r)), "NOT_FOUND");
        Gql.error(Gql.as(Role.GRID_WORKER, RATE, rating(r.id(), shared, 80, 0)), "NOT_FOUND");
    }

    @Test
    void refusedRatingsAndTheLockAfterSubmission() {
        PeerRound r = FieldworkPeer.generated();
        Map<String, Integer> mine = tasks(D10, r.id());
        String first = mine.keySet().iterator().next();
        assertTrue(Gql.error(as(D10, RATE, rating(r.id(), r.unit("d10"), 90, 0)), "FORBIDDEN").contains("不能给本单位评分"));
        Gql.error(as(D10, RATE, rating(r.id(), r.unit("d11"), 90, 0)), "NOT_FOUND");
        Gql.error(as(D10, RATE, rating(r.id(), first, 100.5, 0)), "VALIDATION");
        Gql.error(as(D10, RATE, rating(r.id(), first, -1, 0)), "VALIDATION");
        Gql.error(as(D10, RATE, rating(r.id(), first, 88.123, 0)), "VALIDATION");
        Gql.error(as(D10, RATE, rating(r.id(), first, 88, 3)), "CONFLICT");

        Gql.data(as(D10, RATE, rating(r.id(), first, 88, 0)));
        Gql.data(as(D10, RATE, rating(r.id(), first, 89.25, 1)));
        assertTrue(Gql.error(as(D10, SUBMIT, Map.of("i", Map.of("roundId", r.id()))), "VALIDATION").contains("未评分"));
        mine.forEach((target, version) -> {
            if (!target.equals(first)) {
                Gql.data(as(D10, RATE, rating(r.id(), target, 80, version)));
            }
        });
        JsonPath submitted = Gql.data(as(D10, SUBMIT, Map.of("i", Map.of("roundId", r.id()))));
        String at = submitted.getString("data.submitPeerRatings.tasks.submittedAt");
        assertFalse(submitted.getBoolean("data.submitPeerRatings.tasks.editable"));
        assertTrue(Gql.error(as(D10, RATE, rating(r.id(), first, 70, 2)), "FORBIDDEN").contains("已提交"));
        assertEquals(at, Gql.data(as(D10, SUBMIT, Map.of("i", Map.of("roundId", r.id()))))
                .getString("data.submitPeerRatings.tasks.submittedAt"), "a retried submission answers the first");
        Gql.error(as(d11(), SUBMIT, Map.of("i", Map.of("roundId", r.id()))), "VALIDATION");

        JsonPath m = office(MATRIX, round(r));
        assertEquals(1, m.getInt("data.peerMatrix.submittedCount"));
        assertEquals(mine.size(), m.getInt("data.peerMatrix.ratedCount"));
    }

    @Test
    void aClosedWindowRefusesRatings() {
        PeerRound r = FieldworkPeer.generated();
        Map<String, Object> i = new HashMap<>(FieldworkPeer.rules(r.id(), 1));
        i.put("closesAt", EvaluationRounds.hoursFromNow(-1).toString());
        office(SAVE, Map.of("i", i));
        String first = tasks(D10, r.id()).keySet().iterator().next();
        assertTrue(Gql.error(as(D10, RATE, rating(r.id(), first, 90, 0)), "FORBIDDEN").contains("已截止"));
        JsonPath t = Gql.data(as(D10, TASKS, round(r)));
        assertFalse(t.getBoolean("data.myPeerTasks.editable"));
        assertTrue(t.getString("data.myPeerTasks.lockedReason").contains("已截止"));
    }

    @Test
    void aggregatesAreTrimmedAndATargetSeesOnlyItsOwnAfterPublication() {
        PeerRound r = FieldworkPeer.generated();
        FieldworkPeer.scoreAll(r.id(), r.unit("d10"), List.of(60, 70, 80, 90, 100));
        FieldworkPeer.scoreAll(r.id(), r.unit("d11"), List.of(80, 90));
        JsonPath all = office(AGGREGATES, round(r));
        Map<String, Object> d10 = byUnit(all, r.unit("d10"));
        assertEquals(80.0f, ((Number) d10.get("score")).floatValue(), "70, 80, 90 after dropping 60 and 100");
        assertEquals(5, d10.get("ratings"));
        assertEquals(true, d10.get("trimmed"));
        Map<String, Object> d11 = byUnit(all, r.unit("d11"));
        assertEquals(85.0f, ((Number) d11.get("score")).floatValue());
        assertEquals(false, d11.get("trimmed"));
        assertNull(byUnit(all, r.unit("x1")).get("score"), "no rating, no score");

        assertTrue(Gql.data(as(D10, AGGREGATES, round(r))).getList("data.peerAggregates").isEmpty());
        FieldworkPeer.publish(r.id());
        List<Map<String, Object>> own = Gql.data(as(D10, AGGREGATES, round(r))).getList("data.peerAggregates");
        assertEquals(1, own.size(), "a target sees its own aggregate only");
        assertEquals(r.unit("d10"), String.valueOf(((Map<?, ?>) own.get(0).get("unit")).get("id")));
        List<Map<String, Object>> d11own = Gql.data(as(d11(), AGGREGATES, round(r))).getList("data.peerAggregates");
        assertEquals(List.of(r.unit("d11")), d11own.stream().map(a -> String.valueOf(((Map<?, ?>) a.get("unit")).get("id"))).toList());
        assertTrue(Gql.error(as(D10, RATE, rating(r.id(), tasks(D10, r.id()).keySet().iterator().next(), 90, 0)), "FORBIDDEN")
                .contains("已公布"));
        Gql.error(as(OFFICE, GENERATE, Map.of("i", Map.of("roundId", r.id()))), "CONFLICT");
    }

    private static Map<String, Object> byUnit(JsonPath aggregates, String unitId) {
        List<Map<String, Object>> list = aggregates.getList("data.peerAggregates");
        return list.stream().filter(a -> String.valueOf(((Map<?, ?>) a.get("unit")).get("id")).equals(unitId)).findFirst().orElseThrow();
    }

    @Test
    void aSchemeIndicatorMayUsePeerRating() {
        JsonPath c = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, "query { evaluationComputations { name figureKind parameters { name defaultValue } } }"));
        List<Map<String, Object>> all = c.getList("data.evaluationComputations");
        Map<String, Object> peer = all.stream().filter(x -> "PEER_RATING".equals(x.get("name"))).findFirst().orElseThrow();
        assertEquals("RATE", peer.get("figureKind"));
        assertEquals(List.of(Map.of("name", "raterKind", "defaultValue", "ALL")), peer.get("parameters"));
        Map<String, Object> in = new HashMap<>();
        in.put("name", "互评测试标准");
        in.put("year", EvaluationSchemes.freshYear());
        in.put("indicators", List.of(
                Map.of("code", "P", "name", "互评", "points", 100),
                Map.of("code", "P1", "parentCode", "P", "name", "乡镇评部门得分", "points", 100, "source", "COMPUTED",
                        "rule", Map.of("kind", "PROPORTIONAL", "target", 1),
                        "computation", Map.of("name", "PEER_RATING", "params", List.of(Map.of("name", "raterKind", "value", "TOWNSHIP"))))));
        Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, EvaluationSchemes.CREATE, Map.of("i", in)));
    }

    @Test
    void conflictsAreRegisteredOnceAndRemoved() {
        PeerRound r = FieldworkPeer.round();
        // the region's standing conflicts (the demo's among them) apply to the round as well
        List<String> standing = office(CONFLICTS, round(r)).getList("data.peerConflicts.id");
        Map<String, Object> pair = Map.of("roundId", r.id(), "unitAId", r.unit("x1"), "unitBId", r.unit("x2"), "reason", "负责人亲属关系");
        String id = office(FieldworkPeer.ADD_CONFLICT, Map.of("i", pair)).getString("data.addPeerConflict.conflict.id");
        assertEquals(id, office(FieldworkPeer.ADD_CONFLICT, Map.of("i", Map.of("roundId", r.id(), "unitAId", r.unit("x2"),
                "unitBId", r.unit("x1"), "reason", "重复登记"))).getString("data.addPeerConflict.conflict.id"), "a retried entry is the first");
        Gql.error(as(OFFICE, FieldworkPeer.ADD_CONFLICT, Map.of("i", Map.of("roundId", r.id(), "unitAId", r.unit("x1"),
                "unitBId", r.unit("x1"), "reason", "同一单位"))), "VALIDATION");
        Gql.error(as(OFFICE, FieldworkPeer.ADD_CONFLICT, Map.of("i", Map.of("roundId", r.id(), "unitAId", r.unit("x1"),
                "unitBId", "999999999", "reason", "不存在"))), "VALIDATION");
        Gql.error(as(D10, FieldworkPeer.ADD_CONFLICT, Map.of("i", pair)), "FORBIDDEN");
        List<String> registered = office(CONFLICTS, round(r)).getList("data.peerConflicts.id");
        assertEquals(standing.size() + 1, registered.size());
        assertTrue(registered.contains(id));
        office(FieldworkPeer.REMOVE_CONFLICT, Map.of("i", Map.of("roundId", r.id(), "id", id)));
        assertEquals(standing, office(CONFLICTS, round(r)).getList("data.peerConflicts.id"));
        Gql.error(as(OFFICE, FieldworkPeer.REMOVE_CONFLICT, Map.of("i", Map.of("roundId", r.id(), "id", id))), "NOT_FOUND");
    }
}
