package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Mandates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationRounds.FINAL;
import static cn.lvzhi.testing.EvaluationRounds.MARK;
import static cn.lvzhi.testing.EvaluationRounds.REPLY;
import static cn.lvzhi.testing.EvaluationRounds.SCORES;
import static cn.lvzhi.testing.EvaluationRounds.SELF;
import static cn.lvzhi.testing.EvaluationRounds.advance;
import static cn.lvzhi.testing.EvaluationRounds.as;
import static cn.lvzhi.testing.EvaluationRounds.mark;
import static cn.lvzhi.testing.EvaluationRounds.office;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole staged flow of a round through GraphQL with real tokens: self-assessment, first mark (by hand and from the
 * rules), the unit's reply, final mark, publication, a correction after it; every stage refused out of order, and what
 * each unit reads of its own and another's rows at each stage.
 */
@QuarkusTest
class EvaluationRoundFlowApiTest {
    String D10;
    String D11;

    @BeforeEach
    void units() {
        D10 = Mandates.unitId("JZ-QH-D10");
        D11 = Mandates.unitId("JZ-QH-D11");
    }

    static Map<String, Object> marks(String round, String unit, Object... marks) {
        return Map.of("i", Map.of("roundId", round, "unitId", unit, "marks", List.of(marks)));
    }

    static JsonPath scoresAs(String token, String round, String unit) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("id", round);
        v.put("u", unit);
        return Gql.data(as(token, SCORES, v));
    }

    static String d10() {
        return Keycloak.tokenFor(Role.DEPARTMENT);
    }

    @Test
    void aRoundWalksItsStagesInOrderAndEachUnitSeesOnlyWhatItsStageAllows() {
        String round = EvaluationRounds.open(List.of(D10, D11), -1);

        // self-assessment: late (past due) but accepted before the lock; nobody marks yet
        Gql.data(as(d10(), SELF, EvaluationRounds.fullSelfAssessment(round)));
        String conflict = Gql.error(advance(round, "FIRST_MARK"), "CONFLICT");
        assertTrue(conflict.contains("自评表未报送"), conflict);
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, MARK, marks(round, D10, mark("A2", 30, null))), "CONFLICT");
        Gql.data(as(EvaluationRounds.d11Token(), SELF, EvaluationRounds.fullSelfAssessment(round)));
        assertEquals("FIRST_MARK", Gql.data(advance(round, "FIRST_MARK")).getString("data.advanceEvaluationRound.round.stage"));
        Gql.error(as(d10(), SELF, EvaluationRounds.fullSelfAssessment(round)), "CONFLICT");

        // the computed figure arrives; the rules fill the first mark with their explanation
        EvaluationRounds.sql("UPDATE evaluation_score SET figure = 0.8, figure_source = 'COMPUTED' WHERE round_id = ? AND unit_id = ?"
                + " AND indicator_code = 'A1'", Long.valueOf(round), Long.valueOf(D10));
        JsonPath filled = office("""
                mutation($i: FillFirstMarksInput!) { fillFirstMarksFromRules(input: $i) { scores { indicatorCode firstScore firstReason } } }""",
                Map.of("i", Map.of("roundId", round)));
        assertEquals(24.0f, filled.getFloat("data.fillFirstMarksFromRules.scores[0].firstScore"));
        assertTrue(filled.getString("data.fillFirstMarksFromRules.scores[0].firstReason").contains("按计分规则"));
        // the marking table reads each figure by its kind, as the results do: A1's 0.8 against a target of 1 is a rate
        JsonPath kinds = office("query($id: ID!, $u: ID) { evaluationRound(id: $id) { scores(unitId: $u) { indicatorCode figure figureKind figureUnit } } }",
                Map.of("id", round, "u", D10));
        assertEquals("RATE", kinds.getString("data.evaluationRound.scores.find { it.indicatorCode == 'A1' }.figureKind"));
        assertNull(kinds.get("data.evaluationRound.scores.find { it.indicatorCode == 'A1' }.figureUnit"));
        assertEquals("NUMBER", kinds.getString("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.figureKind"));

        // a deduction needs a reason; so does a mark other than the rule's; marks stay within the points
        assertEquals("input.marks[0].reason", field(as(Role.ESTABLISHMENT_OFFICE, MARK, marks(round, D10, mark("A2", 25, null)))));
        assertEquals("input.marks[0].reason", field(as(Role.ESTABLISHMENT_OFFICE, MARK, marks(round, D10, mark("A1", 30, null)))));
        assertEquals("input.marks[0].score", field(as(Role.ESTABLISHMENT_OFFICE, MARK, marks(round, D10, mark("A2", 31, "超分")))));
        assertEquals("input.marks[0].indicatorCode", field(as(Role.ESTABLISHMENT_OFFICE, MARK, marks(round, D10, mark("B2", 10, "x")))));
        Gql.error(as(d10(), MARK, marks(round, D10, mark("A2", 30, null))), "FORBIDDEN");
        office(MARK, marks(round, D10, mark("A2", 25, "工作报告缺少量化数据"), mark("B1", 20, null)));

        // in FIRST_MARK the unit sees its self-assessment only, never the first mark
        JsonPath own = scoresAs(d10(), round, null);
        assertEquals(4, own.getList("data.evaluationRound.scores").size(), "its own rows, not D11's");
        assertNull(own.get("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.firstScore"));
        assertEquals(30.0f, own.getFloat("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.selfScore"));

        // REPLY needs every first mark and a reply window
        assertTrue(Gql.error(advance(round, "REPLY"), "CONFLICT").contains("未初评"));
        EvaluationRounds.markAll(MARK, round, D11, false);
        assertEquals("input.replyClosesAt", field(as(Role.ESTABLISHMENT_OFFICE, EvaluationRounds.ADVANCE, Map.of("i", Map.of(
                "roundId", round, "version", EvaluationRounds.version(round), "stage", "REPLY")))));
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, EvaluationRounds.ADVANCE, Map.of("i", Map.of(
                "roundId", round, "version", EvaluationRounds.version(round) - 1, "stage", "REPLY",
                "replyClosesAt", EvaluationRounds.hoursFromNow(24).toString()))), "CONFLICT");
        Gql.data(advance(round, "REPLY"));

        // from REPLY on, the unit sees what lost points and why; another unit's rows stay absent
        own = scoresAs(d10(), round, D10);
        assertEquals(25.0f, own.getFloat("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.firstScore"));
        assertEquals("工作报告缺少量化数据", own.getString("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.firstReason"));
        assertTrue(own.getBoolean("data.evaluationRound.scores.find { it.indicatorCode == 'A1' }.lostPoints"));
        assertNull(own.get("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.finalScore"));
        assertTrue(scoresAs(EvaluationRounds.d11Token(), round, D10).getList("data.evaluationRound.scores").isEmpty());
        assertTrue(scoresAs(d10(), round, D11).getList("data.evaluationRound.scores").isEmpty());

        // the reply: only to a deduction, only with the unit's own files; a unit without deductions has nothing to reply to
        String a2 = own.getString("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.id");
        String b1 = own.getString("data.evaluationRound.scores.find { it.indicatorCode == 'B1' }.id");
        String ownFile = EvaluationRounds.file(D10);
        String othersFile = EvaluationRounds.file(D11);
        assertEquals("input.replies[0].scoreId", field(as(d10(), REPLY, reply(round, b1, List.of()))));
        assertEquals("input.replies[0].fileIds", field(as(d10(), REPLY, reply(round, a2, List.of(othersFile)))));
        Gql.error(as(EvaluationRounds.d11Token(), REPLY, Map.of("i", Map.of("roundId", round, "replies", List.of()))), "CONFLICT");
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, FINAL, marks(round, D10, mark("A2", 25, null))), "CONFLICT");
        assertTrue(Gql.error(advance(round, "FINAL_MARK"), "CONFLICT").contains("申辩"));
        JsonPath replied = Gql.data(as(d10(), REPLY, reply(round, a2, List.of(ownFile))));
        assertEquals(List.of(ownFile), replied.getList("data.replyToEvaluationMarks.scores[0].replyFileIds"));
        assertEquals("FINAL_MARK", Gql.data(advance(round, "FINAL_MARK")).getString("data.advanceEvaluationRound.round.stage"));
        Gql.error(as(d10(), REPLY, reply(round, a2, List.of())), "CONFLICT");

        // final mark: a change from the first mark needs a reason; publication needs every final mark
        assertEquals("input.marks[0].reason", field(as(Role.ESTABLISHMENT_OFFICE, FINAL, marks(round, D10, mark("A2", 28, null)))));
        office(FINAL, marks(round, D10, mark("A2", 28, "申辩材料补充了量化数据"), mark("A1", 24, null), mark("B1", 20, null)));
        assertTrue(Gql.error(advance(round, "PUBLISHED"), "CONFLICT").contains("未终评"));
        EvaluationRounds.markAll(FINAL, round, D11, false);
        Gql.data(advance(round, "PUBLISHED"));

        // publication freezes; each unit sees its final marks, and only others' published figures
        assertTrue(Gql.error(as(Role.ESTABLISHMENT_OFFICE, FINAL, marks(round, D10, mark("A2", 30, "x"))), "CONFLICT").contains("冻结"));
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, MARK, marks(round, D10, mark("A2", 30, "x"))), "CONFLICT");
        Gql.error(advance(round, "PUBLISHED"), "CONFLICT");
        JsonPath othersView = scoresAs(EvaluationRounds.d11Token(), round, D10);
        assertEquals(28.0f, othersView.getFloat("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.finalScore"));
        assertNull(othersView.get("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.firstScore"));
        assertNull(othersView.get("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.selfScore"));
        assertNull(othersView.get("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.replyText"));

        // a correction after publication: 编办 only, with a reason; flagged, kept and audited
        own = scoresAs(d10(), round, D10);
        int version = own.getInt("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.version");
        String correct = """
                mutation($i: CorrectPublishedScoreInput!) { correctPublishedScore(input: $i) { scores { finalScore changedAfterPublication } } }""";
        Map<String, Object> correction = Map.of("i", Map.of("scoreId", a2, "version", version, "score", 29, "reason", "复核发现漏计加分"));
        Gql.error(as(d10(), correct, correction), "FORBIDDEN");
        assertEquals("input.reason", field(as(Role.ESTABLISHMENT_OFFICE, correct, Map.of("i", Map.of("scoreId", a2, "version", version,
                "score", 29, "reason", " ")))));
        JsonPath corrected = office(correct, correction);
        assertTrue(corrected.getBoolean("data.correctPublishedScore.scores[0].changedAfterPublication"));
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, correct, correction), "CONFLICT");
        assertEquals(1, EvaluationRounds.queryLong("SELECT count(*) FROM evaluation_score_change WHERE score_id = ?", Long.valueOf(a2)));
        assertEquals(1, EvaluationRounds.queryLong("SELECT count(*) FROM audit_event WHERE action = 'EVALUATION_SCORE_CORRECTED_AFTER_PUBLICATION'"
                + " AND entity_id = ?", a2));
        assertTrue(scoresAs(EvaluationRounds.d11Token(), round, D10)
                .getBoolean("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.changedAfterPublication"));
    }

    static Map<String, Object> reply(String round, String scoreId, List<String> files) {
        return Map.of("i", Map.of("roundId", round, "replies", List.of(Map.of("scoreId", scoreId, "text", "已补充量化数据", "fileIds", files))));
    }

    static String field(JsonPath body) {
        Gql.error(body, "VALIDATION");
        return body.getString("errors[0].extensions.field");
    }

    @Test
    void aReplyAfterTheWindowClosedIsRefusedAndTheFinalMarkMayThenStart() {
        String round = EvaluationRounds.open(List.of(D10), 1);
        EvaluationRounds.sql("UPDATE evaluation_submission SET due_at = now() - interval '2 hours', locks_at = now() - interval '1 hour'"
                + " WHERE round_id = ?", Long.valueOf(round));
        Gql.data(advance(round, "FIRST_MARK"));
        office(MARK, marks(round, D10, mark("A1", 20, "目标未完成"), mark("A2", 30, null), mark("B1", 20, null)));
        Gql.data(advance(round, "REPLY"));
        EvaluationRounds.sql("UPDATE evaluation_round SET reply_closes_at = now() - interval '1 minute' WHERE id = ?", Long.valueOf(round));
        String a1 = scoresAs(d10(), round, D10).getString("data.evaluationRound.scores.find { it.indicatorCode == 'A1' }.id");
        assertTrue(Gql.error(as(d10(), REPLY, reply(round, a1, List.of())), "CONFLICT").contains("申辩期已于"));
        assertEquals("FINAL_MARK", Gql.data(advance(round, "FINAL_MARK")).getString("data.advanceEvaluationRound.round.stage"));
        assertFalse(scoresAs(d10(), round, D10).getList("data.evaluationRound.scores").isEmpty());
    }
}
