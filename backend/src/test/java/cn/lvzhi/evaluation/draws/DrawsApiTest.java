package cn.lvzhi.evaluation.draws;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.EvaluationFixtures;
import cn.lvzhi.testing.EvaluationRounds;
import cn.lvzhi.testing.FieldworkDraws;
import cn.lvzhi.testing.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.lvzhi.testing.FieldworkDraws.CANCEL;
import static cn.lvzhi.testing.FieldworkDraws.CHANGE;
import static cn.lvzhi.testing.FieldworkDraws.CREATE;
import static cn.lvzhi.testing.FieldworkDraws.DRAW;
import static cn.lvzhi.testing.FieldworkDraws.DRAWS;
import static cn.lvzhi.testing.FieldworkDraws.FREEZE;
import static cn.lvzhi.testing.FieldworkDraws.RUN;
import static cn.lvzhi.testing.FieldworkDraws.SEED;
import static cn.lvzhi.testing.FieldworkDraws.VERIFY;
import static cn.lvzhi.testing.FieldworkDraws.createInput;
import static cn.lvzhi.testing.FieldworkDraws.office;
import static cn.lvzhi.testing.FieldworkDraws.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 双随机 draws through GraphQL with real tokens: each step, each refusal, who sees what, and verification. */
@QuarkusTest
class DrawsApiTest {

    private static String field(JsonPath body) {
        Gql.error(body, "VALIDATION");
        return body.getString("errors[0].extensions.field");
    }

    @Test
    void aDrawGoesStepByStepAndEachStepRefusesWhatComesTooEarlyOrTooLate() {
        String round = FieldworkDraws.round();
        Gql.error(Gql.as(Role.LEADER, CREATE, Map.of("i", createInput(round))), "FORBIDDEN");
        Gql.error(Gql.as(Role.DEPARTMENT, CREATE, Map.of("i", createInput(round))), "FORBIDDEN");
        Map<String, Object> township = createInput(round);
        township.put("strata", List.of(Map.of("category", "TOWNSHIP", "k", 1)));
        assertEquals("input.strata[0].category", field(office(CREATE, township)));
        Map<String, Object> twice = createInput(round);
        twice.put("strata", List.of(Map.of("category", "SAFETY_ENVIRONMENT", "k", 1), Map.of("category", "SAFETY_ENVIRONMENT", "k", 1)));
        assertEquals("input.strata[1].category", field(office(CREATE, twice)));
        Map<String, Object> zero = createInput(round);
        zero.put("strata", List.of(Map.of("category", "SAFETY_ENVIRONMENT", "k", 0)));
        assertEquals("input.strata[0].k", field(office(CREATE, zero)));

        JsonPath created = Gql.data(office(CREATE, createInput(round)));
        assertEquals("DRAFT", created.getString("data.createEvaluationDraw.draw.status"));
        assertNull(created.getString("data.createEvaluationDraw.draw.frozenHash"));
        Gql.error(office(CREATE, createInput(round)), "CONFLICT");
        Map<String, Object> change = step(created, "data.createEvaluationDraw.draw");
        change.putAll(createInput(round));
        change.remove("roundId");
        change.put("kOffice", 1);
        JsonPath changed = Gql.data(office(CHANGE, change));
        assertEquals(1, changed.getInt("data.changeEvaluationDraw.draw.kOffice"));
        Gql.error(office(CHANGE, change), "CONFLICT");

        Map<String, Object> early = step(changed, "data.changeEvaluationDraw.draw");
        early.put("seed", "过早");
        Gql.error(office(SEED, early), "CONFLICT");
        assertEquals("input.drawId", field(office(RUN, step(changed, "data.changeEvaluationDraw.draw"))));

        JsonPath frozen = Gql.data(office(FREEZE, step(changed, "data.changeEvaluationDraw.draw")));
        String hash = frozen.getString("data.freezeEvaluationDraw.draw.frozenHash");
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals("FROZEN", frozen.getString("data.freezeEvaluationDraw.draw.status"));
        assertNull(frozen.getString("data.freezeEvaluationDraw.draw.seed"));
        assertEquals(List.of("JZ-QH-D10", "JZ-QH-D14", "JZ-QH-D19"),
                frozen.getList("data.freezeEvaluationDraw.draw.candidates[0].candidates.code"));
        Map<String, Object> late = step(frozen, "data.freezeEvaluationDraw.draw");
        late.putAll(change);
        late.put("version", frozen.getInt("data.freezeEvaluationDraw.draw.version"));
        Gql.error(office(CHANGE, late), "CONFLICT");
        assertEquals("input.drawId", field(office(RUN, step(frozen, "data.freezeEvaluationDraw.draw"))));

        Map<String, Object> neither = step(frozen, "data.freezeEvaluationDraw.draw");
        assertEquals("input.seed", field(office(SEED, neither)));
        Map<String, Object> generate = step(frozen, "data.freezeEvaluationDraw.draw");
        generate.put("generate", true);
        Gql.error(Gql.as(Role.LEADER, SEED, Map.of("i", generate)), "FORBIDDEN");
        JsonPath seeded = Gql.data(office(SEED, generate));
        assertTrue(seeded.getBoolean("data.seedEvaluationDraw.draw.seedGenerated"));
        assertTrue(seeded.getString("data.seedEvaluationDraw.draw.seed").matches("[0-9a-f]{32}"));
        assertEquals(hash, seeded.getString("data.seedEvaluationDraw.draw.frozenHash"));
        Map<String, Object> again = step(seeded, "data.seedEvaluationDraw.draw");
        again.put("seed", "换一个");
        Gql.error(office(SEED, again), "CONFLICT");

        JsonPath drawn = Gql.data(office(RUN, step(seeded, "data.seedEvaluationDraw.draw")));
        assertEquals("DRAWN", drawn.getString("data.runEvaluationDraw.draw.status"));
        assertEquals(3, drawn.getList("data.runEvaluationDraw.draw.units").size());
        assertEquals(3, drawn.getList("data.runEvaluationDraw.draw.offices").size());
        Gql.error(office(RUN, step(drawn, "data.runEvaluationDraw.draw")), "CONFLICT");
    }

    @Test
    void aDrawRecomputesFromItsStoredInputsAndATamperedResultShowsNotConsistent() {
        JsonPath drawn = FieldworkDraws.drawn("福彩3D第2026320期:581");
        String id = drawn.getString("data.runEvaluationDraw.draw.id");
        JsonPath verified = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, VERIFY, Map.of("id", id)));
        assertTrue(verified.getBoolean("data.verifyDraw.consistent"));
        assertTrue(verified.getBoolean("data.verifyDraw.hashMatches"));
        assertEquals(drawn.getString("data.runEvaluationDraw.draw.frozenHash"), verified.getString("data.verifyDraw.recomputedHash"));
        List<Map<String, Object>> steps = verified.getList("data.verifyDraw.steps");
        assertEquals(1 + 3 + 3, steps.size(), "one unit ranking, then offices and inspectors of each drawn unit");
        assertTrue(steps.stream().allMatch(s -> Boolean.TRUE.equals(s.get("matches"))));
        // the same stored inputs give the same draw, whoever recomputes it
        assertEquals(verified.getMap("data.verifyDraw"), Gql.data(Gql.as(Role.LEADER, VERIFY, Map.of("id", id))).getMap("data.verifyDraw"));

        EvaluationFixtures.exec("UPDATE evaluation_draw_office SET rank = rank + 10 WHERE draw_id = ?", Long.parseLong(id));
        JsonPath tampered = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, VERIFY, Map.of("id", id)));
        assertFalse(tampered.getBoolean("data.verifyDraw.consistent"));
        assertTrue(tampered.getBoolean("data.verifyDraw.hashMatches"));
        EvaluationFixtures.exec("UPDATE evaluation_draw SET frozen_hash = repeat('0', 64) WHERE id = ?", Long.parseLong(id));
        assertFalse(Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, VERIFY, Map.of("id", id))).getBoolean("data.verifyDraw.hashMatches"));
    }

    @Test
    void aDrawnUnitSeesOnlyItsOwnRowAndOthersSeeNothing() {
        JsonPath drawn = FieldworkDraws.drawn("单位可见性");
        String id = drawn.getString("data.runEvaluationDraw.draw.id");
        String round = drawn.getString("data.runEvaluationDraw.draw.roundId");
        JsonPath own = Gql.data(Gql.as(Role.DEPARTMENT, DRAW, Map.of("id", id)));
        assertEquals(List.of("JZ-QH-D10"), own.getList("data.evaluationDraw.units.code"));
        assertEquals(List.of("JZ-QH-D10", "JZ-QH-D10"), own.getList("data.evaluationDraw.offices.unitCode"));
        assertTrue(own.getList("data.evaluationDraw.inspectors.unitCode").stream().allMatch("JZ-QH-D10"::equals));
        assertEquals(List.of(), own.getList("data.evaluationDraw.candidates"));
        assertEquals(1, Gql.data(Gql.as(Role.DEPARTMENT, DRAWS, Map.of("r", round))).getInt("data.evaluationDraws.totalCount"));
        Gql.error(Gql.as(Role.DEPARTMENT, VERIFY, Map.of("id", id)), "FORBIDDEN");

        String d11 = EvaluationRounds.d11Token();
        Gql.error(EvaluationRounds.as(d11, DRAW, Map.of("id", id)), "NOT_FOUND");
        Gql.error(EvaluationRounds.as(d11, VERIFY, Map.of("id", id)), "NOT_FOUND");
        assertEquals(0, Gql.data(EvaluationRounds.as(d11, DRAWS, Map.of("r", round))).getInt("data.evaluationDraws.totalCount"));
        Gql.error(Gql.as(Role.DISCIPLINE, DRAW, Map.of("id", id)), "NOT_FOUND");
        assertEquals(3, Gql.data(Gql.as(Role.LEADER, DRAW, Map.of("id", id))).getList("data.evaluationDraw.units").size());

        // before the draw, not even the unit it would take sees it
        JsonPath frozen = Gql.data(office(FREEZE, step(Gql.data(office(CREATE, createInput(FieldworkDraws.round()))),
                "data.createEvaluationDraw.draw")));
        Gql.error(Gql.as(Role.DEPARTMENT, DRAW, Map.of("id", frozen.getString("data.freezeEvaluationDraw.draw.id"))), "NOT_FOUND");
    }

    @Test
    void inspectorsNeverInspectTheirOwnUnitOrAUnitTheyWorkedIn() {
        String ownCode = FieldworkDraws.inspector("JZ-QH-D10", List.of()).getString("data.saveDrawInspector.inspector.code");
        String pastCode = FieldworkDraws.inspector("JZ-QH-D01", List.of("JZ-QH-D10", "JZ-QH-D14"))
                .getString("data.saveDrawInspector.inspector.code");
        Map<String, Object> input = createInput(FieldworkDraws.round());
        input.put("inspectorsPerUnit", 10);
        JsonPath created = Gql.data(office(CREATE, input));
        JsonPath frozen = Gql.data(office(FREEZE, step(created, "data.createEvaluationDraw.draw")));
        Map<String, Object> seeding = step(frozen, "data.freezeEvaluationDraw.draw");
        seeding.put("seed", "回避");
        JsonPath drawn = Gql.data(office(RUN, step(Gql.data(office(SEED, seeding)), "data.seedEvaluationDraw.draw")));
        List<Map<String, Object>> inspectors = drawn.getList("data.runEvaluationDraw.draw.inspectors");
        assertFalse(inspectors.isEmpty());
        for (Map<String, Object> i : inspectors) {
            String unit = (String) i.get("unitCode");
            assertFalse(unit.equals("JZ-QH-D10") && (ownCode.equals(i.get("code")) || pastCode.equals(i.get("code"))), i.toString());
            assertFalse(unit.equals("JZ-QH-D14") && pastCode.equals(i.get("code")), i.toString());
        }
        assertTrue(inspectors.stream().anyMatch(i -> pastCode.equals(i.get("code")) || ownCode.equals(i.get("code"))),
                "with ten per unit, the new inspectors serve where they may");
    }

    @Test
    void aCancelledDrawStaysInTheRecordAndANewDrawSeesAChangedCandidateInItsHash() {
        String round = FieldworkDraws.round();
        JsonPath created = Gql.data(office(CREATE, createInput(round)));
        JsonPath frozen = Gql.data(office(FREEZE, step(created, "data.createEvaluationDraw.draw")));
        String first = frozen.getString("data.freezeEvaluationDraw.draw.frozenHash");
        Map<String, Object> cancel = step(frozen, "data.freezeEvaluationDraw.draw");
        Map<String, Object> blank = new HashMap<>(cancel);
        blank.put("reason", "  ");
        assertEquals("input.reason", field(office(CANCEL, blank)));
        cancel.put("reason", "候选名单需补充单位");
        Gql.error(Gql.as(Role.LEADER, CANCEL, Map.of("i", cancel)), "FORBIDDEN");
        JsonPath cancelled = Gql.data(office(CANCEL, cancel));
        assertEquals("CANCELLED", cancelled.getString("data.cancelEvaluationDraw.draw.status"));
        cancel.put("version", cancelled.getInt("data.cancelEvaluationDraw.draw.version"));
        Gql.error(office(CANCEL, cancel), "CONFLICT");

        // one more candidate in the stratum: the new draw's frozen hash, shown before its seed, differs
        EvaluationFixtures.exec("UPDATE evaluation_round_unit SET category = 'SAFETY_ENVIRONMENT' WHERE round_id = ? AND unit_id = ?",
                Long.parseLong(round), EvaluationFixtures.unitId("JZ-QH-D11"));
        JsonPath again = Gql.data(office(FREEZE, step(Gql.data(office(CREATE, createInput(round))), "data.createEvaluationDraw.draw")));
        assertNotEquals(first, again.getString("data.freezeEvaluationDraw.draw.frozenHash"));
        assertNull(again.getString("data.freezeEvaluationDraw.draw.seed"));

        JsonPath list = Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, DRAWS, Map.of("r", round)));
        assertEquals(2, list.getInt("data.evaluationDraws.totalCount"));
        assertEquals(List.of("FROZEN", "CANCELLED"), list.getList("data.evaluationDraws.edges.node.status"));
        assertEquals("候选名单需补充单位", list.getString("data.evaluationDraws.edges[1].node.cancelReason"));
    }
}
