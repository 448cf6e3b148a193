package cn.lvzhi.tracking;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.DatabaseOwner;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.KeycloakAdmin;
import cn.lvzhi.testing.Mandates;
import cn.lvzhi.testing.Tracking.Round;
import cn.lvzhi.testing.Tracking;
import cn.lvzhi.tracking.inputs.AdvanceRoundStepInput;
import cn.lvzhi.tracking.inputs.ApplyForEstablishmentInput;
import cn.lvzhi.tracking.inputs.ArchiveReviewInput;
import cn.lvzhi.tracking.inputs.ChangeRoundScopeInput;
import cn.lvzhi.tracking.inputs.CreateEstablishmentMatterInput;
import cn.lvzhi.tracking.inputs.RecordRectificationInput;
import cn.lvzhi.tracking.inputs.SaveTrackingTemplateInput;
import cn.lvzhi.tracking.inputs.SubmitSelfCheckInput;
import cn.lvzhi.tracking.inputs.UpdateEstablishmentMatterInput;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Follow-up (跟踪问效) through the API with real tokens: templates, scope, steps, self-check, scores, consequences, archive. */
@QuarkusTest
class TrackingApiTest {
    static final String ROUND = """
            query($id: ID!) { trackingRound(id: $id) { step version steps { step doneOn doneByName }
              matters { matter { id kind unit { code } } included proposed reason selfCheck result recommendation
                        scores { indicatorCode earned notApplicable } rectifications { id doneOn } archive { contentHash } } } }""";
    static final String ADVANCE = """
            mutation($i: AdvanceRoundStepInput!) { advanceRoundStep(input: $i) { round { step version } } }""";
    static final String APPLY = """
            mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { application { id } } }""";
    static final String SAVE_TEMPLATE = """
            mutation($i: SaveTrackingTemplateInput!) { saveTrackingTemplate(input: $i) { template { version } } }""";

    @Inject
    AgroalDataSource dataSource;

    static String d10() {
        return Mandates.unitId("JZ-QH-D10");
    }

    static List<String> matterIds(JsonPath round) {
        return round.getList("data.trackingRound.matters.matter.id");
    }

    @Test
    void theFourDefaultTemplatesOfSeed002SumToOneHundred() {
        JsonPath t = Tracking.office("query { trackingTemplates { kind indicators { code points method } } }", Map.of());
        Map<String, Integer> sizes = new HashMap<>();
        for (Map<String, Object> template : t.<Map<String, Object>>getList("data.trackingTemplates")) {
            @SuppressWarnings("unchecked") // the JSON shape asked for above
            List<Map<String, Object>> indicators = (List<Map<String, Object>>) template.get("indicators");
            sizes.put((String) template.get("kind"), indicators.size());
            assertEquals(100, indicators.stream().mapToInt(i -> (Integer) i.get("points")).sum(), "points of " + template.get("kind"));
        }
        assertEquals(Map.of("SET_UP", 8, "CHANGE", 8, "MERGE", 9, "ABOLISH", 5), sizes);
    }

    private static Map<String, Object> templateWithPoints(int... points) {
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            indicators.add(Map.of("code", "X" + i, "name", "指标" + i, "points", points[i], "method", "QUALITATIVE",
                    "guidance", "按完成情况评分"));
        }
        Map<String, Object> input = new HashMap<>(Tracking.currentTemplate("MERGE"));
        input.put("indicators", indicators);
        return input;
    }

    @Test
    void templatesThatDoNotSumToOneHundredAreRefusedWithTheReason() {
        record Case(int[] points, String field, String reason) {
        }
        for (Case c : List.of(new Case(new int[] {50, 49}, "input.indicators", "现为 99 分"),
                new Case(new int[] {50, 51}, "input.indicators", "现为 101 分"),
                new Case(new int[] {60, 50, -10}, "input.indicators[2].points", "须大于 0"),
                new Case(new int[] {}, "input.indicators", "至少需要一项指标"))) {
            JsonPath body = Tracking.as(Role.ESTABLISHMENT_OFFICE, SAVE_TEMPLATE, Map.of("i", templateWithPoints(c.points())));
            assertTrue(Gql.error(body, "VALIDATION").contains(c.reason()), body.prettify());
            assertEquals(c.field(), body.getString("errors[0].extensions.field"));
        }
        // saving the template unchanged works and bumps its version
        int before = Tracking.currentTemplate("MERGE").get("version") instanceof Integer v ? v : -1;
        JsonPath saved = Tracking.office(SAVE_TEMPLATE, Map.of("i", Tracking.currentTemplate("MERGE")));
        assertEquals(before + 1, saved.getInt("data.saveTrackingTemplate.template.version"));
    }

    @Test
    void aRoundProposesExactlyTheMattersApprovedSixToTwelveMonthsBefore() {
        LocalDate plan = Tracking.freshPlanDate();
        String unit = d10();
        String twelve = Tracking.matter(unit, "SET_UP", plan.minusMonths(12));
        String beyondTwelve = Tracking.matter(unit, "SET_UP", plan.minusMonths(12).minusDays(1));
        String six = Tracking.matter(unit, "CHANGE", plan.minusMonths(6));
        String withinSix = Tracking.matter(unit, "CHANGE", plan.minusMonths(6).plusDays(1));
        String round = Tracking.plan(plan);
        List<String> proposed = matterIds(Tracking.office(ROUND, Map.of("id", round)));
        assertTrue(proposed.contains(twelve), "exactly 12 months before is in scope");
        assertTrue(proposed.contains(six), "exactly 6 months before is in scope");
        assertTrue(!proposed.contains(beyondTwelve) && !proposed.contains(withinSix), "one day outside either edge is not");

        String change = """
                mutation($i: ChangeRoundScopeInput!) { changeRoundScope(input: $i) { round { id } } }""";
        JsonPath noReason = Tracking.as(Role.ESTABLISHMENT_OFFICE, change,
                Map.of("i", Map.of("roundId", round, "matterId", withinSix, "include", true, "reason", " ")));
        assertEquals("input.reason", noReason.getString("errors[0].extensions.field"), noReason.prettify());
        Tracking.office(change, Map.of("i", Map.of("roundId", round, "matterId", withinSix, "include", true,
                "reason", "编委会要求提前问效")));
        Tracking.office(change, Map.of("i", Map.of("roundId", round, "matterId", six, "include", false, "reason", "已列入专项督查")));
        JsonPath after = Tracking.office(ROUND, Map.of("id", round));
        Map<String, Object> added = after.getMap("data.trackingRound.matters.find { it.matter.id == '" + withinSix + "' }");
        assertEquals(true, added.get("included"));
        assertEquals(false, added.get("proposed"));
        assertEquals("编委会要求提前问效", added.get("reason"));
        assertEquals(false, after.getBoolean("data.trackingRound.matters.find { it.matter.id == '" + six + "' }.included"));
    }

    @Test
    void theSevenStepsGoInOrderEachDatedAndAttributed() {
        Round r = Tracking.round(d10(), "SET_UP", "PLAN");
        JsonPath skip = Tracking.as(Role.ESTABLISHMENT_OFFICE, ADVANCE,
                Map.of("i", Map.of("roundId", r.roundId(), "version", r.version(), "step", "SELF_CHECK")));
        assertTrue(Gql.error(skip, "CONFLICT").contains("部署安排"), "the refusal names the current step");
        int version = Tracking.advance(r.roundId(), "PLAN", "ASSESSMENT");
        JsonPath back = Tracking.as(Role.ESTABLISHMENT_OFFICE, ADVANCE,
                Map.of("i", Map.of("roundId", r.roundId(), "version", version, "step", "SURVEY")));
        assertTrue(Gql.error(back, "CONFLICT").contains("综合评定"));
        JsonPath stale = Tracking.as(Role.ESTABLISHMENT_OFFICE, ADVANCE,
                Map.of("i", Map.of("roundId", r.roundId(), "version", version - 1, "step", "FEEDBACK")));
        Gql.error(stale, "CONFLICT");
        Tracking.advance(r.roundId(), "ASSESSMENT", "RECTIFICATION");
        JsonPath round = Tracking.office(ROUND, Map.of("id", r.roundId()));
        assertEquals("RECTIFICATION", round.getString("data.trackingRound.step"));
        assertEquals(List.of(Tracking.STEPS.split(" ")), round.getList("data.trackingRound.steps.step"));
        round.<String>getList("data.trackingRound.steps.doneByName").forEach(n -> assertTrue(!n.isBlank()));
        JsonPath beyond = Tracking.as(Role.ESTABLISHMENT_OFFICE, ADVANCE, Map.of("i", Map.of("roundId", r.roundId(),
                "version", round.getInt("data.trackingRound.version"), "step", "PLAN")));
        Gql.error(beyond, "CONFLICT");
    }

    @Test
    void theUnitUnderReviewFillsItsSelfCheckAndSeesOnlyItsOwnMatters() {
        Round r = Tracking.round(d10(), "SET_UP", "PLAN");
        String other = Tracking.matter(Mandates.unitId("JZ-QH-D11"), "SET_UP", r.planDate().minusMonths(9));
        Tracking.office("""
                mutation($i: ChangeRoundScopeInput!) { changeRoundScope(input: $i) { round { id } } }""",
                Map.of("i", Map.of("roundId", r.roundId(), "matterId", other, "include", true, "reason", "同批问效")));
        String selfCheck = """
                mutation($i: SubmitSelfCheckInput!) { submitSelfCheck(input: $i) { selfCheck } }""";
        Map<String, Object> own = Map.of("i", Map.of("roundId", r.roundId(), "matterId", r.matterId(), "text", "人员已到位 12 人"));
        assertTrue(Gql.error(Tracking.as(Role.DEPARTMENT, selfCheck, own), "CONFLICT").contains("自评自查"),
                "only during the self-check step");
        Tracking.advance(r.roundId(), "PLAN", "SELF_CHECK");
        Gql.data(Tracking.as(Role.DEPARTMENT, selfCheck, own));
        Gql.error(Tracking.as(Role.DEPARTMENT, selfCheck, Map.of("i", Map.of("roundId", r.roundId(), "matterId", other,
                "text", "替别人填写"))), "NOT_FOUND");
        assertTrue(!Gql.error(Tracking.as(Role.ESTABLISHMENT_OFFICE, selfCheck, own), "FORBIDDEN").isBlank());

        JsonPath seenByUnit = Gql.data(Tracking.as(Role.DEPARTMENT, ROUND, Map.of("id", r.roundId())));
        assertEquals(List.of(r.matterId()), matterIds(seenByUnit));
        assertEquals("人员已到位 12 人", seenByUnit.getString("data.trackingRound.matters[0].selfCheck"));
        assertTrue(matterIds(Tracking.office(ROUND, Map.of("id", r.roundId()))).containsAll(List.of(r.matterId(), other)));
        Gql.error(Tracking.as(Role.TOWNSHIP, ROUND, Map.of("id", r.roundId())), "NOT_FOUND");
        Gql.error(Tracking.as(Role.DEPARTMENT, "query($id: ID!) { establishmentMatter(id: $id) { id } }", Map.of("id", other)),
                "NOT_FOUND");
    }

    @Test
    void notApplicableIndicatorsLeaveTheDenominatorAndTheRankingFollowsTheResult() {
        LocalDate plan = Tracking.freshPlanDate();
        String first = Tracking.matter(d10(), "SET_UP", plan.minusMonths(8));
        String second = Tracking.matter(Mandates.unitId("JZ-QH-D11"), "SET_UP", plan.minusMonths(7));
        Round r = new Round(Tracking.plan(plan), first, 0, plan);
        Tracking.advance(r.roundId(), "PLAN", "ON_SITE");
        // S1 (20 points) does not apply; the others earn half: 40 of 80 applicable points = 50.0
        List<String> codes = Tracking.indicatorCodes("SET_UP");
        JsonPath points = Tracking.office("query { trackingTemplates { kind indicators { code points } } }", Map.of());
        List<Integer> pts = points.getList("data.trackingTemplates.find { it.kind == 'SET_UP' }.indicators.points");
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Map<String, Object> s = new HashMap<>();
            s.put("indicatorCode", codes.get(i));
            s.put("notApplicable", i == 0);
            s.put("earned", i == 0 ? null : pts.get(i) / 2.0);
            scores.add(s);
        }
        JsonPath scored = Tracking.office(Tracking.SCORE, Map.of("i", Map.of("roundId", r.roundId(), "matterId", r.matterId(),
                "scores", scores)));
        assertEquals(50.0f, scored.getFloat("data.scoreMatter.result"));
        JsonPath tooMuch = Tracking.as(Role.ESTABLISHMENT_OFFICE, Tracking.SCORE, Map.of("i", Map.of("roundId", r.roundId(),
                "matterId", r.matterId(), "scores", List.of(Map.of("indicatorCode", codes.get(1), "notApplicable", false,
                        "earned", pts.get(1) + 1)))));
        assertEquals("input.scores[0].earned", tooMuch.getString("errors[0].extensions.field"));
        Tracking.office(Tracking.SCORE, Map.of("i", Tracking.fullScore(new Round(r.roundId(), second, 0, r.planDate()), 0.9)));
        JsonPath ranking = Tracking.office("""
                query($id: ID!) { rankingOfKind(roundId: $id, kind: SET_UP) { rank result matter { id } } }""",
                Map.of("id", r.roundId()));
        assertEquals(List.of(second, r.matterId()), ranking.getList("data.rankingOfKind.matter.id"));
        assertEquals(List.of(1, 2), ranking.getList("data.rankingOfKind.rank"));
        // the department sees the ranking of its own matter only
        assertEquals(List.of(r.matterId()), Gql.data(Tracking.as(Role.DEPARTMENT, """
                query($id: ID!) { rankingOfKind(roundId: $id, kind: SET_UP) { matter { id } } }""", Map.of("id", r.roundId())))
                .getList("data.rankingOfKind.matter.id"));
    }

    @Test
    void anOverdueRectificationSuspendsApplicationsUntilTheOfficeRecordsIt() {
        String unitId = Mandates.unitId("JZ-QH-D12");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (KeycloakAdmin unitUser = new KeycloakAdmin("department", "JZ-QH-D12")) {
            String token = unitUser.token();
            Map<String, Object> application = Map.of("i", Map.of("unitId", unitId, "kind", "CHANGE", "title", "增设科室",
                    "reason", "业务量增长"));
            Gql.data(Gql.ok(Gql.post(token, APPLY, application)));

            Round r = Tracking.scoredAtFeedback(unitId, 0.5);
            JsonPath rect = Tracking.rectification(r, today.minusDays(1));
            String rectId = rect.getString("data.requireRectification.rectification.id");
            String refusal = Gql.error(Gql.ok(Gql.post(token, APPLY, application)), "FORBIDDEN");
            String roundName = Tracking.office("query($id: ID!) { trackingRound(id: $id) { name } }", Map.of("id", r.roundId()))
                    .getString("data.trackingRound.name");
            assertTrue(refusal.contains(roundName), "names the round: " + refusal);
            assertTrue(refusal.contains("第 " + rectId + " 号"), "names the rectification: " + refusal);

            // a set-up under 60 whose rectification missed its deadline: a recommendation for the committee
            JsonPath seenByCommittee = Gql.data(Tracking.as(Role.COMMITTEE, ROUND, Map.of("id", r.roundId())));
            assertEquals("CUT_POSTS", seenByCommittee.getString("data.trackingRound.matters[0].recommendation"));

            Tracking.office("""
                    mutation($i: RecordRectificationInput!) { recordRectification(input: $i) { rectification { doneOn } } }""",
                    Map.of("i", Map.of("id", rectId, "version", rect.getInt("data.requireRectification.rectification.version"),
                            "doneOn", today.toString())));
            Gql.data(Gql.ok(Gql.post(token, APPLY, application)));
            // done late: the recommendation stands
            assertEquals("CUT_POSTS", Tracking.office(ROUND, Map.of("id", r.roundId()))
                    .getString("data.trackingRound.matters[0].recommendation"));
        }
    }

    @Test
    void anArchivedReviewCarriesItsHashAndCannotBeChanged() throws SQLException {
        Round r = Tracking.scoredAtFeedback(d10(), 0.8);
        String archive = """
                mutation($i: ArchiveReviewInput!) { archiveReview(input: $i) { entry { id content contentHash } } }""";
        Map<String, Object> input = Map.of("i", Map.of("roundId", r.roundId(), "matterId", r.matterId()));
        JsonPath entry = Tracking.office(archive, input);
        String content = entry.getString("data.archiveReview.entry.content");
        assertEquals(ReviewService.sha256(content), entry.getString("data.archiveReview.entry.contentHash"));
        assertTrue(content.contains("\"result\":80.0"), content);
        Gql.error(Tracking.as(Role.ESTABLISHMENT_OFFICE, archive, input), "CONFLICT");
        assertEquals(entry.getString("data.archiveReview.entry.contentHash"), Gql.data(Tracking.as(Role.LEADER, """
                query($r: ID!, $m: ID!) { trackingArchive(roundId: $r, matterId: $m) { contentHash } }""",
                Map.of("r", r.roundId(), "m", r.matterId()))).getString("data.trackingArchive.contentHash"));

        String id = entry.getString("data.archiveReview.entry.id");
        // the service's role holds no UPDATE/DELETE on the archive; the owner's attempt meets the trigger
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE tracking_archive SET content = '{}' WHERE id = " + id));
            assertEquals("42501", update.getSQLState(), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> st.executeUpdate("DELETE FROM tracking_archive WHERE id = " + id));
            assertEquals("42501", delete.getSQLState(), delete.getMessage());
        }
        try (Connection c = DatabaseOwner.connect(); Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE tracking_archive SET content = '{}' WHERE id = " + id));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> st.executeUpdate("DELETE FROM tracking_archive WHERE id = " + id));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertNotNull(Tracking.office(ROUND, Map.of("id", r.roundId())).getString("data.trackingRound.matters[0].archive.contentHash"));
        assertNull(Tracking.office(ROUND, Map.of("id", Tracking.round(d10(), "SET_UP", "PLAN").roundId()))
                .get("data.trackingRound.matters[0].archive"));
    }

    @Test
    void onlyTheOfficeOfTheRegionRecordsMatters() {
        Map<String, Object> input = Map.of("i", Map.of("unitId", d10(), "kind", "SET_UP", "documentNo", "清编〔2026〕9号",
                "approvedOn", "2026-01-01", "content", "设立测试中心"));
        String create = """
                mutation($i: CreateEstablishmentMatterInput!) { createEstablishmentMatter(input: $i) { matter { id } } }""";
        assertTrue(Gql.error(Tracking.as(Role.DEPARTMENT, create, input), "FORBIDDEN").contains("编办"));
        Gql.error(Tracking.as(Role.ESTABLISHMENT_OFFICE, create, Map.of("i", Map.of("unitId", d10(), "kind", "SET_UP",
                "documentNo", " ", "approvedOn", "2026-01-01", "content", "x"))), "VALIDATION");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        JsonPath future = Tracking.as(Role.ESTABLISHMENT_OFFICE, create, Map.of("i", Map.of("unitId", d10(), "kind", "SET_UP",
                "documentNo", "清编〔2026〕99号", "approvedOn", tomorrow, "content", "尚未批复的事项")));
        assertTrue(Gql.error(future, "VALIDATION").contains("批复日期"), future.prettify());
        assertEquals("input.approvedOn", future.getString("errors[0].extensions.field"));
        String id = Gql.data(Tracking.as(Role.ESTABLISHMENT_OFFICE, create, input)).getString("data.createEstablishmentMatter.matter.id");
        JsonPath movedAhead = Tracking.as(Role.ESTABLISHMENT_OFFICE, """
                mutation($i: UpdateEstablishmentMatterInput!) { updateEstablishmentMatter(input: $i) { matter { id } } }""",
                Map.of("i", Map.of("id", id, "version", 0, "kind", "SET_UP", "documentNo", "清编〔2026〕9号", "approvedOn", tomorrow,
                        "content", "设立测试中心")));
        Gql.error(movedAhead, "VALIDATION");
        assertEquals("input.approvedOn", movedAhead.getString("errors[0].extensions.field"));
    }
}
