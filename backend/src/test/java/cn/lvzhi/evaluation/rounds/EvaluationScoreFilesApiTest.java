package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationGoals;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.Mandates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.EvaluationRounds.FINAL;
import static cn.lvzhi.testing.EvaluationRounds.MARK;
import static cn.lvzhi.testing.EvaluationRounds.REPLY;
import static cn.lvzhi.testing.EvaluationRounds.SELF;
import static cn.lvzhi.testing.EvaluationRounds.advance;
import static cn.lvzhi.testing.EvaluationRounds.as;
import static cn.lvzhi.testing.EvaluationRounds.mark;
import static cn.lvzhi.testing.EvaluationRounds.office;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence files of a score by name (selfFiles, replyFiles) through GraphQL with real tokens: the unit and 编办 read
 * the names of the files uploaded through the upload endpoint; another unit never, not even once the round is published
 * (the same rule as the self-assessment and the reply they belong to).
 */
@QuarkusTest
class EvaluationScoreFilesApiTest {
    static final String FILES = """
            query($id: ID!, $u: ID) { evaluationRound(id: $id) { scores(unitId: $u) { indicatorCode
              selfFiles { id fileName sizeBytes } replyFiles { id fileName } } } }""";

    static JsonPath files(String token, String round, String unit) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", round);
        v.put("u", unit);
        return Gql.data(as(token, FILES, v));
    }

    static String a1(String path) {
        return "data.evaluationRound.scores.find { it.indicatorCode == 'A1' }." + path;
    }

    @Test
    void theUnitAndTheOfficeReadTheFilesByNameAndAnotherUnitNever() {
        String d10 = Mandates.unitId("JZ-QH-D10");
        String d11 = Mandates.unitId("JZ-QH-D11");
        String unit = Keycloak.tokenFor(Role.DEPARTMENT);
        String round = EvaluationRounds.open(List.of(d10, d11), 1);
        String selfFile = EvaluationGoals.uploaded(unit);
        Gql.data(as(unit, SELF, Map.of("i", Map.of("roundId", round, "entries", List.of(
                Map.of("indicatorCode", "A1", "selfScore", 30, "fileIds", List.of(selfFile)),
                Map.of("indicatorCode", "A2", "selfScore", 30), Map.of("indicatorCode", "B1", "selfScore", 20, "figure", 1))))));

        JsonPath own = files(unit, round, d10);
        assertEquals(List.of(selfFile), own.getList(a1("selfFiles.id")));
        assertEquals("检查记录.png", own.getString(a1("selfFiles[0].fileName")));
        assertTrue(own.getInt(a1("selfFiles[0].sizeBytes")) > 0);
        assertEquals(List.of(), own.getList("data.evaluationRound.scores.find { it.indicatorCode == 'A2' }.selfFiles"));
        assertEquals(List.of(selfFile), files(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), round, d10).getList(a1("selfFiles.id")));
        assertEquals(List.of(selfFile), files(Keycloak.tokenFor(Role.LEADER), round, d10).getList(a1("selfFiles.id")));
        assertTrue(files(EvaluationRounds.d11Token(), round, d10).getList("data.evaluationRound.scores").isEmpty(),
                "another unit of the round reads none of D10's rows before publication");

        // the reply's file, to a deduction
        Gql.data(as(EvaluationRounds.d11Token(), SELF, EvaluationRounds.fullSelfAssessment(round)));
        EvaluationRounds.sql("UPDATE evaluation_submission SET due_at = now() - interval '2 hours', locks_at = now() - interval '1 hour'"
                + " WHERE round_id = ?", Long.valueOf(round));
        Gql.data(advance(round, "FIRST_MARK"));
        office(MARK, Map.of("i", Map.of("roundId", round, "unitId", d10, "marks", List.of(mark("A1", 20, "目标未完成"),
                mark("A2", 30, null), mark("B1", 20, null)))));
        EvaluationRounds.markAll(MARK, round, d11, false);
        Gql.data(advance(round, "REPLY"));
        String score = Gql.data(as(unit, "query($id: ID!) { evaluationRound(id: $id) { scores { id indicatorCode } } }", Map.of("id", round)))
                .getString("data.evaluationRound.scores.find { it.indicatorCode == 'A1' }.id");
        String replyFile = EvaluationGoals.uploaded(unit);
        Gql.data(as(unit, REPLY, Map.of("i", Map.of("roundId", round, "replies", List.of(
                Map.of("scoreId", score, "text", "已补充目标完成台账", "fileIds", List.of(replyFile)))))));
        assertEquals(List.of(replyFile), files(unit, round, d10).getList(a1("replyFiles.id")));
        assertEquals("检查记录.png", files(Keycloak.tokenFor(Role.ESTABLISHMENT_OFFICE), round, d10).getString(a1("replyFiles[0].fileName")));

        // published: another unit reads the final figures, never the files of the self-assessment or the reply
        Gql.data(advance(round, "FINAL_MARK"));
        office(FINAL, Map.of("i", Map.of("roundId", round, "unitId", d10, "marks", List.of(mark("A1", 20, null),
                mark("A2", 30, null), mark("B1", 20, null)))));
        EvaluationRounds.markAll(FINAL, round, d11, false);
        Gql.data(advance(round, "PUBLISHED"));
        JsonPath others = files(EvaluationRounds.d11Token(), round, d10);
        assertEquals(List.of(), others.getList(a1("selfFiles")));
        assertEquals(List.of(), others.getList(a1("replyFiles")));
        JsonPath published = files(Keycloak.tokenFor(Role.DISCIPLINE), round, d10);
        assertEquals(List.of(), published.getList(a1("selfFiles")));
        assertEquals(List.of(selfFile), files(unit, round, d10).getList(a1("selfFiles.id")));
    }
}
