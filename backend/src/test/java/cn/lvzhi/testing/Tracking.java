package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import cn.lvzhi.tracking.inputs.AdvanceRoundStepInput;
import cn.lvzhi.tracking.inputs.CreateEstablishmentMatterInput;
import cn.lvzhi.tracking.inputs.PlanTrackingRoundInput;
import cn.lvzhi.tracking.inputs.RequireRectificationInput;
import cn.lvzhi.tracking.inputs.ScoreMatterInput;
import io.restassured.path.json.JsonPath;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds follow-up data through the API as the establishment office would: matters, rounds at a given step, scores. */
public final class Tracking {
    public static final String STEPS = "PLAN SURVEY SELF_CHECK ON_SITE ASSESSMENT FEEDBACK RECTIFICATION";

    private Tracking() {
    }

    /** A built round holding one matter: ids and the round's current version. */
    public record Round(String roundId, String matterId, int version, LocalDate planDate) {
    }

    public static JsonPath as(Role role, String document, Map<String, Object> variables) {
        return Gql.ok(Gql.post(Keycloak.tokenFor(role), document, variables));
    }

    public static JsonPath office(String document, Map<String, Object> variables) {
        return Gql.data(as(Role.ESTABLISHMENT_OFFICE, document, variables));
    }

    /** A matter of the unit, created by the office; returns its id. */
    public static String matter(String unitId, String kind, LocalDate approvedOn) {
        return office("""
                mutation($i: CreateEstablishmentMatterInput!) { createEstablishmentMatter(input: $i) { matter { id } } }""",
                Map.of("i", Map.of("unitId", unitId, "kind", kind, "documentNo", "清编〔2026〕" + Lists.unique() + "号",
                        "approvedOn", approvedOn.toString(), "content", "测试事项" + Lists.unique())))
                .getString("data.createEstablishmentMatter.matter.id");
    }

    /**
     * Plan dates 190 days apart between 1950-10 and 2022-12, so no round's 6–12-month window holds another caller's
     * matters (the tests' matters lie 6 months − 1 day to 12 months + 1 day before their round's date, and 190 days
     * is more than that window's width): approval dates lie between 1949-10-01 and today, and the demo's and the
     * import tests' matters are from 2023 on, so these years are the tests' own (about 135 slots from a random start
     * among the first 6, so reruns on one database rarely meet).
     */
    private static final LocalDate FIRST_PLAN = LocalDate.of(1950, 10, 5)
            .plusDays(190L * ThreadLocalRandom.current().nextInt(0, 6));
    private static final LocalDate LAST_PLAN = LocalDate.of(2022, 12, 31);
    private static final AtomicInteger PLANS = new AtomicInteger();

    /** A plan date no other caller uses, so the round's window holds only what the caller creates. */
    public static LocalDate freshPlanDate() {
        LocalDate plan = FIRST_PLAN.plusDays(190L * PLANS.getAndIncrement());
        if (plan.isAfter(LAST_PLAN)) {
            throw new IllegalStateException("no private plan date left before 2023: the tests plan too many rounds");
        }
        return plan;
    }

    /** Plans a round on the date; returns its id. */
    public static String plan(LocalDate planDate) {
        return office("""
                mutation($i: PlanTrackingRoundInput!) { planTrackingRound(input: $i) { round { id } } }""",
                Map.of("i", Map.of("name", "测试批次" + Lists.unique(), "planDate", planDate.toString())))
                .getString("data.planTrackingRound.round.id");
    }

    public static int version(String roundId) {
        return office("query($id: ID!) { trackingRound(id: $id) { version } }", Map.of("id", roundId))
                .getInt("data.trackingRound.version");
    }

    /** Moves the round (at {@code from}) forward until it reaches {@code to}; returns the round's version. */
    public static int advance(String roundId, String from, String to) {
        List<String> steps = List.of(STEPS.split(" "));
        int version = version(roundId);
        for (int i = steps.indexOf(from) + 1; i <= steps.indexOf(to); i++) {
            version = office("""
                    mutation($i: AdvanceRoundStepInput!) { advanceRoundStep(input: $i) { round { version } } }""",
                    Map.of("i", Map.of("roundId", roundId, "version", version, "step", steps.get(i))))
                    .getInt("data.advanceRoundStep.round.version");
        }
        return version;
    }

    /** A round holding one new matter of the unit (approved 8 months before the plan date), advanced to the step. */
    public static Round round(String unitId, String kind, String step) {
        LocalDate plan = freshPlanDate();
        String matter = matter(unitId, kind, plan.minusMonths(8));
        String round = plan(plan);
        int version = advance(round, "PLAN", step);
        return new Round(round, matter, version, plan);
    }

    /** The codes of the indicators of the kind, as the templates are now. */
    public static List<String> indicatorCodes(String kind) {
        return office("query { trackingTemplates { kind indicators { code } } }", Map.of())
                .getList("data.trackingTemplates.find { it.kind == '" + kind + "' }.indicators.code");
    }

    public static final String SCORE = """
            mutation($i: ScoreMatterInput!) { scoreMatter(input: $i) { result scores { indicatorCode earned notApplicable } } }""";

    /** Scores every indicator of a SET_UP matter with the same fraction of its points (one decimal). */
    public static Map<String, Object> fullScore(Round r, double fraction) {
        JsonPath t = office("query { trackingTemplates { kind indicators { code points } } }", Map.of());
        List<Map<String, Object>> indicators = t.getList("data.trackingTemplates.find { it.kind == 'SET_UP' }.indicators");
        List<Map<String, Object>> scores = indicators.stream().map(i -> {
            Map<String, Object> s = new HashMap<>();
            s.put("indicatorCode", i.get("code"));
            s.put("notApplicable", false);
            s.put("earned", Math.round(((Number) i.get("points")).doubleValue() * fraction * 10) / 10.0);
            s.put("evidence", "现场查阅资料");
            return s;
        }).toList();
        return Map.of("roundId", r.roundId(), "matterId", r.matterId(), "scores", scores);
    }

    /** A round at FEEDBACK whose SET_UP matter of the unit is fully scored at the fraction. */
    public static Round scoredAtFeedback(String unitId, double fraction) {
        Round r = round(unitId, "SET_UP", "ON_SITE");
        office(SCORE, Map.of("i", fullScore(r, fraction)));
        int version = advance(r.roundId(), "ON_SITE", "FEEDBACK");
        return new Round(r.roundId(), r.matterId(), version, r.planDate());
    }

    public static final String REQUIRE = """
            mutation($i: RequireRectificationInput!) { requireRectification(input: $i) { rectification { id version deadline } } }""";

    /** A rectification required of the round's matter with the deadline; returns id and version. */
    public static JsonPath rectification(Round r, LocalDate deadline) {
        return office(REQUIRE, Map.of("i", Map.of("roundId", r.roundId(), "matterId", r.matterId(),
                "requirement", "配齐配强工作人员", "deadline", deadline.toString())));
    }

    /** The kind's template as an input that saves it unchanged (at its current version). */
    public static Map<String, Object> currentTemplate(String kind) {
        JsonPath t = office("query { trackingTemplates { kind version indicators { code name points method guidance } } }", Map.of());
        String path = "data.trackingTemplates.find { it.kind == '" + kind + "' }";
        return Map.of("kind", kind, "version", t.getInt(path + ".version"), "indicators", t.getList(path + ".indicators"));
    }
}
