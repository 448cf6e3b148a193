package cn.lvzhi.evaluation.computations;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationFixtures.at;
import static cn.lvzhi.testing.EvaluationFixtures.caseFile;
import static cn.lvzhi.testing.EvaluationFixtures.dispatch;
import static cn.lvzhi.testing.EvaluationFixtures.exec;
import static cn.lvzhi.testing.EvaluationFixtures.insert;
import static cn.lvzhi.testing.EvaluationFixtures.rating;
import static cn.lvzhi.testing.EvaluationFixtures.reminder;
import static cn.lvzhi.testing.EvaluationFixtures.roundOf;
import static cn.lvzhi.testing.EvaluationFixtures.score;
import static cn.lvzhi.testing.EvaluationFixtures.text;
import static cn.lvzhi.testing.EvaluationFixtures.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * computeEvaluationFigures and evaluationEvidence through GraphQL with real tokens: the figures of every computed leaf
 * that applies to each unit's category, written once per (unit, leaf) and again in place; the evidence paged for
 * whoever sees the figure; refused for anyone but the region's office, and once the round is published.
 */
@QuarkusTest
class ComputeEvaluationFiguresApiTest {
    static final String COMPUTE = """
            mutation($i: ComputeEvaluationFiguresInput!) {
              computeEvaluationFigures(input: $i) { roundId units indicators figures notApplicable evidenceRows milliseconds } }""";
    static final String EVIDENCE = """
            query($s: ID!, $first: Int, $after: String) { evaluationEvidence(scoreId: $s, first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } edges { node { kind refId refCode label counted note occurredAt } } } }""";

    @Test
    void theOfficeComputesARoundAndTheRowsBehindEachFigureArePaged() {
        long dept = unit("计算部门", "LAW_ENFORCEMENT");
        long town = unit("计算街道", null);
        long quiet = unit("计算无数据街道", null);
        long round = roundOf("SELF_ASSESSMENT", Map.of(dept, "LAW_ENFORCEMENT", town, "TOWNSHIP", quiet, "TOWNSHIP"));
        long kept = score(round, dept, "A1");
        exec("UPDATE evaluation_score SET self_score = 35, self_note = '自评' WHERE id = ?", kept);
        long caseId = caseFile("计算被催办事件", null);
        OffsetDateTime sent = at(2026, 3, 2, 9, 0);
        long toDept = dispatch(caseId, dept, sent, sent.plusHours(8), null, sent.plusDays(5), null, null);
        reminder(toDept, caseId, at(2026, 3, 3, 9, 0));
        reminder(toDept, caseId, at(2026, 3, 4, 9, 0));
        rating(town, "SATISFIED", "SATISFIED", at(2026, 3, 10, 9, 0));
        rating(town, "BASICALLY_SATISFIED", "BASICALLY_SATISFIED", at(2026, 3, 11, 9, 0));

        JsonPath done = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, COMPUTE, Map.of("i", Map.of("roundId", round))));
        // A1 for all three, A2 for the two townships (the quiet one has nothing to count); A3 is manual
        assertEquals(3, done.getInt("data.computeEvaluationFigures.units"));
        assertEquals(2, done.getInt("data.computeEvaluationFigures.indicators"));
        assertEquals(5, done.getInt("data.computeEvaluationFigures.figures"));
        assertEquals(1, done.getInt("data.computeEvaluationFigures.notApplicable"));
        assertEquals(4, done.getInt("data.computeEvaluationFigures.evidenceRows"));

        assertEquals("2.0000|2.00|null|COMPUTED|false|35.00", scoreRow(round, dept, "A1"), "the existing row, its self-score kept");
        assertEquals(Long.toString(kept), text("SELECT id FROM evaluation_score WHERE round_id = ? AND unit_id = ? AND indicator_code = 'A1'",
                round, dept));
        assertEquals("0.0000|0.00|null|COMPUTED|false|null", scoreRow(round, town, "A1"), "no reminder is a real 0");
        assertEquals("0.5000|1.00|2.00|COMPUTED|false|null", scoreRow(round, town, "A2"), "基本满意 not counted by the scheme");
        assertEquals("null|null|null|COMPUTED|true|null", scoreRow(round, quiet, "A2"), "nothing to count: not applicable");
        assertEquals("0", text("SELECT count(*) FROM evaluation_score WHERE round_id = ? AND unit_id = ? AND indicator_code = 'A2'",
                round, dept), "A2 does not apply to a department");
        assertEquals("0", text("SELECT count(*) FROM evaluation_score WHERE round_id = ? AND indicator_code = 'A3'", round));

        // computing again replaces the rows behind each figure instead of adding to them
        Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, COMPUTE, Map.of("i", Map.of("roundId", round))));
        assertEquals("4", text("""
                SELECT count(*) FROM evaluation_evidence_row e JOIN evaluation_score x ON x.id = e.score_id WHERE x.round_id = ?""",
                round));
        assertEquals("2", text("SELECT count(*) FROM audit_event WHERE action = 'EVALUATION_FIGURES_COMPUTED' AND entity_id = ?",
                Long.toString(round)));

        JsonPath page = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, EVIDENCE, Map.of("s", kept, "first", 1)));
        assertEquals(2, page.getInt("data.evaluationEvidence.totalCount"));
        assertTrue(page.getBoolean("data.evaluationEvidence.pageInfo.hasNextPage"));
        Map<String, Object> first = page.getMap("data.evaluationEvidence.edges[0].node");
        assertEquals("REMINDER", first.get("kind"));
        assertEquals(text("SELECT code FROM case_file WHERE id = ?", caseId), first.get("refCode"));
        assertEquals("计算被催办事件", first.get("label"));
        assertEquals(true, first.get("counted"));
        JsonPath next = Gql.data(Gql.as(Role.LEADER, EVIDENCE, Map.of("s", kept, "first", 1,
                "after", page.getString("data.evaluationEvidence.pageInfo.endCursor"))));
        assertFalse(next.getBoolean("data.evaluationEvidence.pageInfo.hasNextPage"));
        assertEquals(1, next.getList("data.evaluationEvidence.edges").size());

        // another department does not see an unpublished figure; nobody but the office computes
        Gql.error(Gql.as(Role.DEPARTMENT, EVIDENCE, Map.of("s", kept)), "NOT_FOUND");
        assertFalse(Gql.error(Gql.as(Role.LEADER, COMPUTE, Map.of("i", Map.of("roundId", round))), "FORBIDDEN").isBlank());
        Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, COMPUTE, Map.of("i", Map.of("roundId", Long.MAX_VALUE))), "NOT_FOUND");

        // published: frozen for the office, open to the other units of the region
        exec("UPDATE evaluation_round SET stage = 'PUBLISHED', published_at = now(), published_by_name = '测试' WHERE id = ?", round);
        assertTrue(Gql.error(Gql.as(Role.ESTABLISHMENT_OFFICE, COMPUTE, Map.of("i", Map.of("roundId", round))), "CONFLICT")
                .contains("已公布"));
        assertEquals(2, Gql.data(Gql.as(Role.DEPARTMENT, EVIDENCE, Map.of("s", kept)))
                .getInt("data.evaluationEvidence.totalCount"));
        Gql.error(Gql.as(Role.GRID_WORKER, EVIDENCE, Map.of("s", kept)), "NOT_FOUND");
    }

    @Test
    void aRoundOpeningWithoutScoreRowsGetsThemAndMarksOnNothingToCountAreCleared() {
        long town = unit("清空街道", null);
        long round = roundOf("FIRST_MARK", Map.of(town, "TOWNSHIP"));
        long marked = score(round, town, "A2");
        exec("UPDATE evaluation_score SET first_score = 30, first_reason = '初评' WHERE id = ?", marked);

        JsonPath done = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, COMPUTE, Map.of("i", Map.of("roundId", round))));
        assertEquals(2, done.getInt("data.computeEvaluationFigures.figures"));
        assertEquals("null|null|null|COMPUTED|true|null", scoreRow(round, town, "A2"));
        assertNull(text("SELECT first_score FROM evaluation_score WHERE id = ?", marked),
                "a mark on a figure with nothing to count has nothing left to stand on");
        assertEquals(List.of(), Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, EVIDENCE, Map.of("s", marked)))
                .getList("data.evaluationEvidence.edges"));
        assertTrue(insert("SELECT count(*) FROM evaluation_score WHERE round_id = ? AND unit_id = ?", round, town) == 2,
                "A1 got its row");
    }

    /** figure|numerator|denominator|source|not applicable|self score of a score row. */
    private static String scoreRow(long round, long unit, String indicator) {
        return text("""
                SELECT concat_ws('|', coalesce(figure::text, 'null'), coalesce(figure_numerator::text, 'null'),
                                 coalesce(figure_denominator::text, 'null'), figure_source, not_applicable::text,
                                 coalesce(self_score::text, 'null'))
                FROM evaluation_score WHERE round_id = ? AND unit_id = ? AND indicator_code = ?""", round, unit, indicator);
    }

}
