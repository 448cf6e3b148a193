package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Mandates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationRounds.OPEN;
import static cn.lvzhi.testing.EvaluationRounds.as;
import static cn.lvzhi.testing.EvaluationRounds.deadline;
import static cn.lvzhi.testing.EvaluationRounds.hoursFromNow;
import static cn.lvzhi.testing.EvaluationRounds.office;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening a round and changing its scope and deadlines, through GraphQL with real tokens, the refused cases included. */
@QuarkusTest
class EvaluationRoundOpeningApiTest {
    String d10;
    String t01;
    String scheme;

    @BeforeEach
    void units() {
        d10 = Mandates.unitId("JZ-QH-D10");
        t01 = Mandates.unitId("JZ-QH-T01");
        scheme = EvaluationRounds.scheme("ACTIVE");
    }

    Map<String, Object> input() {
        return new HashMap<>(EvaluationRounds.openInput(scheme, List.of(d10), List.of(
                deadline(null, "SELF_ASSESSMENT", hoursFromNow(24), hoursFromNow(48)))));
    }

    String field(Map<String, Object> input) {
        JsonPath body = as(Role.ESTABLISHMENT_OFFICE, OPEN, Map.of("i", input));
        Gql.error(body, "VALIDATION");
        return body.getString("errors[0].extensions.field");
    }

    /** The page shows the answer's round at once: every non-null field of it is there, its opening time too. */
    @Test
    void theOpeningAnswersWithTheWholeRound() {
        JsonPath opened = office("""
                mutation($i: OpenEvaluationRoundInput!) { openEvaluationRound(input: $i) { round { id name stage createdAt
                  createdByName version } } }""", Map.of("i", input()));
        String createdAt = opened.getString("data.openEvaluationRound.round.createdAt");
        assertTrue(createdAt != null && createdAt.matches("\\d{4}-\\d{2}-\\d{2}T.*"), opened.prettify());
        assertEquals("SELF_ASSESSMENT", opened.getString("data.openEvaluationRound.round.stage"));
    }

    @Test
    void openingCreatesAScoreRowPerLeafNotApplicableWhereTheCategoryDoesNotFit() {
        Map<String, Object> in = input();
        in.put("unitIds", List.of(d10));
        in.put("categories", List.of("TOWNSHIP"));
        String round = office(OPEN, Map.of("i", in)).getString("data.openEvaluationRound.round.id");
        JsonPath r = office("""
                query($id: ID!) { evaluationRound(id: $id) { stage minRankSample scheme { id } units { unit { code } category }
                  scores { unitId indicatorCode notApplicable } } }""", Map.of("id", round));
        assertEquals("SELF_ASSESSMENT", r.getString("data.evaluationRound.stage"));
        assertEquals(3, r.getInt("data.evaluationRound.minRankSample"));
        assertEquals("SAFETY_ENVIRONMENT", r.getString("data.evaluationRound.units.find { it.unit.code == 'JZ-QH-D10' }.category"));
        assertEquals("TOWNSHIP", r.getString("data.evaluationRound.units.find { it.unit.code == 'JZ-QH-T01' }.category"));
        assertTrue(r.getList("data.evaluationRound.units").size() >= 18, "every township by category");
        assertTrue(r.getBoolean("data.evaluationRound.scores.find { it.unitId == '" + d10 + "' && it.indicatorCode == 'B2' }.notApplicable"));
        assertEquals(false, r.getBoolean("data.evaluationRound.scores.find { it.unitId == '" + t01 + "' && it.indicatorCode == 'B2' }.notApplicable"));
        assertEquals(4, r.getList("data.evaluationRound.scores.findAll { it.unitId == '" + d10 + "' }").size());
    }

    @Test
    void badInputsAreRefusedNamingTheField() {
        Map<String, Object> in = input();
        in.put("periodEnd", "2026-03-30");
        assertEquals("input.periodEnd", field(in));
        in = input();
        in.put("periodStart", "2026-02-01");
        assertEquals("input.periodStart", field(in));
        in = input();
        in.put("schemeId", EvaluationRounds.scheme("DRAFT"));
        assertEquals("input.schemeId", field(in));
        in = input();
        in.put("unitIds", List.of(Mandates.unitId("JZ-QH-BB")));
        assertEquals("input.unitIds[0]", field(in));
        in = input();
        in.put("unitIds", List.of());
        assertEquals("input.unitIds", field(in));
        in = input();
        in.put("deadlines", List.of(deadline(null, "GOAL_PROGRESS", hoursFromNow(24), hoursFromNow(48))));
        assertEquals("input.deadlines", field(in));
        in = input();
        in.put("deadlines", List.of(deadline(null, "SELF_ASSESSMENT", hoursFromNow(48), hoursFromNow(24))));
        assertEquals("input.deadlines[0].locksAt", field(in));
        in = input();
        in.put("name", " ");
        assertEquals("input.name", field(in));
        Gql.error(as(Role.DEPARTMENT, OPEN, Map.of("i", input())), "FORBIDDEN");
        Gql.error(as(Role.LEADER, OPEN, Map.of("i", input())), "FORBIDDEN");
    }

    @Test
    void unitsAndDeadlinesChangeDuringSelfAssessmentOnlyWithAReason() {
        String round = EvaluationRounds.open(List.of(d10), 24);
        String change = """
                mutation($i: ChangeEvaluationRoundUnitsInput!) { changeEvaluationRoundUnits(input: $i) { round { units { unit { code } } } } }""";
        JsonPath added = office(change, Map.of("i", Map.of("roundId", round, "addUnitIds", List.of(t01), "reason", "补充纳入评估")));
        assertEquals(2, added.getList("data.changeEvaluationRoundUnits.round.units").size());
        assertEquals("input.addUnitIds[0]", fieldOf(as(Role.ESTABLISHMENT_OFFICE, change,
                Map.of("i", Map.of("roundId", round, "addUnitIds", List.of(t01), "reason", "重复")))));
        assertEquals("input.reason", fieldOf(as(Role.ESTABLISHMENT_OFFICE, change,
                Map.of("i", Map.of("roundId", round, "removeUnitIds", List.of(t01), "reason", "")))));
        JsonPath removed = office(change, Map.of("i", Map.of("roundId", round, "removeUnitIds", List.of(t01), "reason", "机构调整")));
        assertEquals(List.of("JZ-QH-D10"), removed.getList("data.changeEvaluationRoundUnits.round.units.unit.code"));
        assertEquals(0, EvaluationRounds.queryLong("SELECT count(*) FROM evaluation_score WHERE round_id = ? AND unit_id = ?",
                Long.valueOf(round), Long.valueOf(t01)));

        JsonPath subs = office("query($id: ID!) { evaluationRound(id: $id) { submissions { id version } } }", Map.of("id", round));
        String deadline = """
                mutation($i: ChangeEvaluationDeadlineInput!) { changeEvaluationDeadline(input: $i) { submission { dueAt locksAt version } } }""";
        Map<String, Object> moved = Map.of("i", Map.of("submissionId", subs.getString("data.evaluationRound.submissions[0].id"),
                "version", subs.getInt("data.evaluationRound.submissions[0].version"), "dueAt", hoursFromNow(72).toString(),
                "locksAt", hoursFromNow(96).toString(), "reason", "单位申请延期，经同意"));
        Gql.error(as(Role.DEPARTMENT, deadline, moved), "FORBIDDEN");
        assertEquals(1, office(deadline, moved).getInt("data.changeEvaluationDeadline.submission.version"));
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, deadline, moved), "CONFLICT");
        assertEquals(1, EvaluationRounds.queryLong("SELECT count(*) FROM audit_event WHERE action = 'EVALUATION_DEADLINE_CHANGED'"
                + " AND entity_id = ?", subs.getString("data.evaluationRound.submissions[0].id")));

        EvaluationRounds.sql("UPDATE evaluation_submission SET due_at = now() - interval '2 hours', locks_at = now() - interval '1 hour'"
                + " WHERE round_id = ?", Long.valueOf(round));
        Gql.data(EvaluationRounds.advance(round, "FIRST_MARK"));
        Gql.error(as(Role.ESTABLISHMENT_OFFICE, change, Map.of("i", Map.of("roundId", round, "addUnitIds", List.of(t01),
                "reason", "补充"))), "CONFLICT");
    }

    static String fieldOf(JsonPath body) {
        Gql.error(body, "VALIDATION");
        return body.getString("errors[0].extensions.field");
    }
}
