package cn.lvzhi.security;

import cn.lvzhi.security.AuthorizationMatrixTest.Operation;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.FieldworkPeer;
import cn.lvzhi.testing.FieldworkPeer.PeerRound;
import cn.lvzhi.testing.Keycloak;

import java.util.List;
import java.util.Map;

/** The authorization matrix's requests for the evaluation fieldwork's peer assessment (互评) (rows in authorization-peer.csv). */
final class EvaluationPeerOperations {
    private EvaluationPeerOperations() {
    }

    private static Map<String, Object> generatedRound() {
        return Map.of("r", FieldworkPeer.generated().id());
    }

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("peerAssessment", new Operation(FieldworkPeer.ASSESSMENT, EvaluationPeerOperations::generatedRound)),
            Map.entry("peerMatrix", new Operation(FieldworkPeer.MATRIX, EvaluationPeerOperations::generatedRound)),
            Map.entry("peerAggregates", new Operation(FieldworkPeer.AGGREGATES, EvaluationPeerOperations::generatedRound)),
            Map.entry("myPeerTasks", new Operation(FieldworkPeer.TASKS, EvaluationPeerOperations::generatedRound)),
            Map.entry("peerConflicts", new Operation(FieldworkPeer.CONFLICTS, EvaluationPeerOperations::generatedRound)),
            Map.entry("savePeerRules", new Operation(FieldworkPeer.SAVE,
                    () -> Map.of("i", FieldworkPeer.rules(FieldworkPeer.round().id(), null)))),
            Map.entry("generatePeerMatrix", new Operation(FieldworkPeer.GENERATE, () -> {
                PeerRound r = FieldworkPeer.round();
                FieldworkPeer.office(FieldworkPeer.SAVE, Map.of("i", FieldworkPeer.rules(r.id(), null)));
                return Map.of("i", Map.of("roundId", r.id()));
            })),
            Map.entry("addPeerConflict", new Operation(FieldworkPeer.ADD_CONFLICT, () -> {
                PeerRound r = FieldworkPeer.round();
                return Map.of("i", Map.of("roundId", r.id(), "unitAId", r.unit("x1"), "unitBId", r.unit("x2"), "reason", "回避"));
            })),
            Map.entry("removePeerConflict", new Operation(FieldworkPeer.REMOVE_CONFLICT, () -> {
                PeerRound r = FieldworkPeer.round();
                String id = FieldworkPeer.office(FieldworkPeer.ADD_CONFLICT, Map.of("i", Map.of("roundId", r.id(), "unitAId",
                        r.unit("x1"), "unitBId", r.unit("x2"), "reason", "回避"))).getString("data.addPeerConflict.conflict.id");
                return Map.of("i", Map.of("roundId", r.id(), "id", id));
            })),
            Map.entry("ratePeer", new Operation(FieldworkPeer.RATE, () -> {
                PeerRound r = FieldworkPeer.generated();
                // a department both D10 and T01 rate (T01 rates every department of the round)
                String target = FieldworkPeer.tasks(Keycloak.tokenFor(Role.DEPARTMENT), r.id()).keySet().stream()
                        .filter(id -> List.of(r.unit("x1"), r.unit("x2"), r.unit("x3")).contains(id)).findFirst().orElseThrow();
                return FieldworkPeer.rating(r.id(), target, 86.5, 0);
            })),
            Map.entry("submitPeerRatings", new Operation(FieldworkPeer.SUBMIT, () -> {
                PeerRound r = FieldworkPeer.generated();
                EvaluationRounds.sql("UPDATE evaluation_peer_assignment SET score = 80, rated_at = now() WHERE round_id = ?",
                        Long.parseLong(r.id()));
                return Map.of("i", Map.of("roundId", r.id()));
            })));
}
