package cn.lvzhi.testing;

import cn.lvzhi.demo.evaluation.DemoSchemes;
import cn.lvzhi.evaluation.computations.ParamSpec;
import cn.lvzhi.evaluation.computations.ParamSpec.ParamType;
import cn.lvzhi.evaluation.schemes.ComputationRef;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.security.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Test helpers of indicator schemes (评估标准): the registry of computations the common brief names, as schemes see it;
 * schemes created and put in force through the API as the establishment office would, in years no demo scheme uses;
 * and a round using a scheme, inserted with SQL (rounds are another slice's).
 */
public final class EvaluationSchemes {
    /** The computations of the evaluation feature by name, with their declared parameters. */
    public static final Map<String, List<ParamSpec>> REGISTRY = Map.ofEntries(
            Map.entry("CASE_SATISFACTION_RATE", List.of(new ParamSpec("countBasicallySatisfied", ParamType.BOOLEAN, "true",
                    "基本满意计入满意"))),
            Map.entry("CASE_ON_TIME_RATE", List.of()),
            Map.entry("REMINDERS_RECEIVED", List.of()),
            Map.entry("OVERDUE_SIGN_FORS", List.of()),
            Map.entry("OVERDUE_REPLIES", List.of()),
            Map.entry("REFUSALS_OVERRULED", List.of()),
            Map.entry("BOUNDARY_ITEM_ON_TIME_RATE", List.of()),
            Map.entry("LIST_CLAIM_RATE", List.of()),
            Map.entry("INSPECTION_COVERAGE", List.of()),
            Map.entry("GOAL_COMPLETION_RATE", List.of(new ParamSpec("partlyCounts", ParamType.DECIMAL, "0.5", "部分完成折算"))),
            Map.entry("TRACKING_RESULT", List.of()),
            Map.entry("LATE_SUBMISSIONS", List.of()));

    public static final String CREATE = """
            mutation($i: CreateEvaluationSchemeInput!) { createEvaluationScheme(input: $i) { scheme { id version status versionNo createdAt } } }""";
    public static final String ACTIVATE = """
            mutation($i: ActivateEvaluationSchemeInput!) { activateEvaluationScheme(input: $i) { scheme { id version status } } }""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> MEMO = new HashMap<>();

    private EvaluationSchemes() {
    }

    /** The computation registered for the scheme tests (SchemeTestComputation), with its required parameter. */
    public static final ComputationRef TEST_COMPUTATION = new ComputationRef("TEST_SCHEME_RATE",
            List.of(new ComputationRef.Param("windowDays", "30")));

    /**
     * The document with every computed indicator naming the test computation: the API accepts only registered
     * computations, and which are registered is the computations slice's business.
     */
    public static SchemeDocument testable(SchemeDocument document) {
        return new SchemeDocument(document.indicators().stream().map(n -> n.computation() == null ? n
                : new IndicatorNode(n.code(), n.parentCode(), n.name(), n.description(), n.points(), n.pointsByCategory(),
                n.categories(), n.source(), n.sourceBody(), n.rule(), TEST_COMPUTATION, n.previousCode(), n.comparable())).toList());
    }

    /** The indicators of a document as the API's input (a flat pre-order list). */
    @SuppressWarnings("unchecked") // a list of JSON objects
    public static List<Map<String, Object>> indicators(SchemeDocument document) {
        return JSON.convertValue(document.indicators(), List.class);
    }

    /** A year after every year a scheme exists for (2040 and later: no demo scheme is there). */
    public static synchronized int freshYear() {
        try (Connection c = DatabaseOwner.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT coalesce(max(year), 2039) + 2 FROM evaluation_scheme WHERE year >= 2040")) {
            rs.next();
            int year = rs.getInt(1);
            if (year > 2099) {
                throw new IllegalStateException("no year left for schemes: recreate the test database");
            }
            return year;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonPath office(String document, Map<String, Object> variables) {
        return Gql.data(Gql.as(Role.ESTABLISHMENT_OFFICE, document, variables));
    }

    /** The input creating a demo scheme in a year (optionally linked to last year's scheme). */
    public static Map<String, Object> createInput(int year, SchemeDocument document, String previousSchemeId) {
        Map<String, Object> in = new HashMap<>();
        in.put("name", "测试评估标准" + year);
        in.put("year", year);
        in.put("previousSchemeId", previousSchemeId);
        in.put("indicators", indicators(testable(document)));
        return in;
    }

    /** A draft of the 2025 demo scheme in the year, by the office; returns its id. */
    public static String draft(int year) {
        return office(CREATE, Map.of("i", createInput(year, DemoSchemes.scheme2025(), null))).getString("data.createEvaluationScheme.scheme.id");
    }

    /** A scheme put in force in the year; returns its id. */
    public static String active(int year) {
        String id = draft(year);
        office(ACTIVATE, Map.of("i", Map.of("id", id, "version", 0)));
        return id;
    }

    /** One value per test JVM (e.g. a scheme in force every matrix cell reads). */
    public static synchronized String memo(String key, Supplier<String> make) {
        String known = MEMO.get(key);
        if (known == null) {
            known = make.get(); // may itself memo another value: no computeIfAbsent around it
            MEMO.put(key, known);
        }
        return known;
    }

    /** A round of the scheme's region using it (a DRAFT round), inserted as rounds would; returns its id. */
    public static long roundUsing(String schemeId) {
        try (Connection c = DatabaseOwner.connect(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_round (region_path, name, scheme_id, period_kind, period_start, period_end, stage,
                                              created_by_name)
                SELECT region_path, '测试批次', id, 'YEAR', make_date(year, 1, 1), make_date(year, 12, 31), 'DRAFT', '测试'
                FROM evaluation_scheme WHERE id = ? RETURNING id""")) {
            ps.setLong(1, Long.parseLong(schemeId));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
