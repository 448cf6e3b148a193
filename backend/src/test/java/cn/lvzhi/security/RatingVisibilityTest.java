package cn.lvzhi.security;

import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Disputes;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import cn.lvzhi.testing.KeycloakAdmin;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static cn.lvzhi.testing.Cases.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every cell of src/test/resources/rating-visibility.csv (read x viewer): which dispatches' ratings, replies,
 * reminders, appeals, timeline steps and photos each viewer receives from each read, exactly, and that no text
 * written on any other dispatch appears anywhere in the answer.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingVisibilityTest {
    static final List<String> DISPATCHES = List.of("LEAD", "CO", "OFFICE", "TOWNSHIP", "CO_OFFICE");
    static final Map<String, String> SHORTHANDS = Map.of("ALL", String.join("+", DISPATCHES), "RATED", "LEAD+CO+OFFICE+TOWNSHIP");
    /** Markers of this run only: the test database keeps the fixtures of earlier runs. */
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final Pattern MARKER = Pattern.compile("〔([A-Z_]+)·" + RUN + "〕");

    @Inject
    AgroalDataSource db;

    private KeycloakAdmin office;
    private Fixture fixture;

    /** The fixture's case, its dispatches and ratings by name, the photo in 清河街道's reply, 纪委's investigation. */
    record Fixture(String caseId, Map<String, String> dispatchIds, Map<String, String> ratingDispatch, String photo,
                   String investigationId, long oldestRating) {
        Set<String> names(Iterable<?> dispatchIds) {
            Set<String> names = new TreeSet<>();
            for (Object id : dispatchIds) {
                this.dispatchIds.forEach((name, value) -> {
                    if (value.equals(String.valueOf(id))) {
                        names.add(name);
                    }
                });
            }
            return names;
        }
    }

    /** A cell of the table. */
    record Cell(String read, String viewer, String expected) {
        @Override
        public String toString() {
            return read + " as " + viewer + " -> " + expected;
        }
    }

    /** What a read gave a viewer: NOT_FOUND, or the fixture dispatches its rows belong to and every marker in its text. */
    record Answer(boolean notFound, Set<String> dispatches, Set<String> markers) {
        static Answer missing() {
            return new Answer(true, Set.of(), Set.of());
        }
    }

    static String mark(String dispatch) {
        return "〔" + dispatch + "·" + RUN + "〕";
    }

    String token(String viewer) {
        return switch (viewer) {
            case "CO_DEPARTMENT" -> Keycloak.password("lvzhi-cli", "chengguan");
            case "TOWNSHIP_ROOM" -> Keycloak.password("lvzhi-cli", "zhihuishi");
            case "OFFICE" -> Keycloak.password("lvzhi-cli", office.username);
            default -> Keycloak.tokenFor(Role.valueOf(viewer));
        };
    }

    JsonPath as(String token, String document, Map<String, Object> input) {
        return Gql.data(Gql.ok(Gql.post(token, document, Map.of("i", input))));
    }

    JsonPath as(Role role, String document, Map<String, Object> input) {
        return as(Keycloak.tokenFor(role), document, input);
    }

    /** The fixture, built by the first cell that needs it (the application is up by then). */
    synchronized Fixture fixture() throws SQLException {
        if (fixture == null) {
            fixture = build();
        }
        return fixture;
    }

    private Fixture build() throws SQLException {
        office = new KeycloakAdmin(Role.DEPARTMENT.realmRole(), "JZ-QH-D10-K07");
        String officeToken = token("OFFICE");
        String urban = token("CO_DEPARTMENT");
        Map<String, String> ids = new HashMap<>();
        Map<String, String> ratings = new HashMap<>();

        String caseId = as(Role.GRID_WORKER, Cases.REPORT, Cases.report()).getString("data.reportCase.case.id");
        as(Role.COMMAND_CENTRE, Cases.ACCEPT, Map.of("caseId", caseId));
        JsonPath first = as(Role.COMMAND_CENTRE, Cases.DISPATCH, Cases.dispatchInput(caseId, Cases.version(caseId), true));
        ids.put("LEAD", first.getString("data.dispatchCase.dispatches.find { it.role == 'LEAD' }.id"));
        ids.put("CO", first.getString("data.dispatchCase.dispatches.find { it.role == 'CO_OPERATE' }.id"));
        remind(Keycloak.tokenFor(Role.COMMAND_CENTRE), ids, "CO");

        as(Role.DEPARTMENT, Cases.SIGN, Map.of("dispatchId", ids.get("LEAD")));
        JsonPath onward = as(Role.DEPARTMENT, Cases.DISPATCH, onward(caseId, ids.get("LEAD"),
                Map.of("unitId", unitId("JZ-QH-D10-K07"), "role", "LEAD"), Map.of("unitId", unitId("JZ-QH-T01"), "role", "CO_OPERATE")));
        ids.put("OFFICE", onward.getString("data.dispatchCase.dispatches.find { it.toUnit.code == 'JZ-QH-D10-K07' }.id"));
        ids.put("TOWNSHIP", onward.getString("data.dispatchCase.dispatches.find { it.toUnit.code == 'JZ-QH-T01' }.id"));
        as(urban, Cases.SIGN, Map.of("dispatchId", ids.get("CO")));
        ids.put("CO_OFFICE", as(urban, Cases.DISPATCH, onward(caseId, ids.get("CO"), Map.of("unitId", unitId("JZ-QH-D11-K07"), "role", "LEAD")))
                .getString("data.dispatchCase.dispatches[0].id"));
        remind(urban, ids, "CO_OFFICE");
        remind(Keycloak.tokenFor(Role.DEPARTMENT), ids, "TOWNSHIP");

        as(officeToken, Cases.SIGN, Map.of("dispatchId", ids.get("OFFICE")));
        as(officeToken, Cases.REPLY, Map.of("dispatchId", ids.get("OFFICE"), "text", mark("OFFICE") + "科室已现场核查"));
        as(Role.TOWNSHIP, Cases.SIGN, Map.of("dispatchId", ids.get("TOWNSHIP")));
        String photo = Cases.photo(Role.TOWNSHIP);
        as(Role.TOWNSHIP, Cases.REPLY, Map.of("dispatchId", ids.get("TOWNSHIP"), "text", mark("TOWNSHIP") + "街道已劝导停工",
                "attachments", List.of(photo)));
        rate(Keycloak.tokenFor(Role.DEPARTMENT), ids, ratings, "OFFICE", "UNSATISFIED");
        rate(Keycloak.tokenFor(Role.DEPARTMENT), ids, ratings, "TOWNSHIP", "UNSATISFIED");
        as(Role.DEPARTMENT, Cases.REPLY, Map.of("dispatchId", ids.get("LEAD"), "text", mark("LEAD") + "已责令停工"));
        // its office never signed: 城市管理局 closes that hop with a reason as it replies (闭环)
        as(urban, Cases.REPLY, Map.of("dispatchId", ids.get("CO"), "text", mark("CO") + "已配合巡查", "hopReasons",
                List.of(Map.of("dispatchId", ids.get("CO_OFFICE"), "reason", mark("CO_OFFICE") + "科室未签收，由局里直接办理"))));
        rate(Keycloak.tokenFor(Role.COMMAND_CENTRE), ids, ratings, "LEAD", "UNSATISFIED");
        rate(Keycloak.tokenFor(Role.COMMAND_CENTRE), ids, ratings, "CO", "SATISFIED");

        String townshipRating = ratings.entrySet().stream().filter(e -> e.getValue().equals("TOWNSHIP")).findFirst().orElseThrow().getKey();
        String appeal = as(Role.TOWNSHIP, Cases.APPEAL, Map.of("ratingId", townshipRating, "reason", mark("TOWNSHIP") + "已尽属地配合之责"))
                .getString("data.appealRating.appeal.id");
        as(Role.COMMAND_CENTRE, Cases.DECIDE, Map.of("appealId", appeal, "outcome", "UPHELD", "reason", mark("TOWNSHIP") + "劝导后仍有施工"));
        String investigation = as(Role.DISCIPLINE, Disputes.OPEN_INVESTIGATION, Map.of("ratingId", townshipRating, "subject", "属地配合不力倒查"))
                .getString("data.openInvestigation.investigation.id");
        // the overdue list shows open hops only: CO_OFFICE is put back to open (as before 城市管理局 closed it) and flagged,
        // so that every viewer's read of overdueDispatches has a row to see or not to see
        try (var c = db.getConnection(); var st = c.prepareStatement("UPDATE case_dispatch SET overdue = true, closed_at = NULL,"
                + " close_reason = NULL, closed_by_name = NULL WHERE id = ?")) {
            st.setLong(1, Long.parseLong(ids.get("CO_OFFICE")));
            assertEquals(1, st.executeUpdate());
        }
        long oldest = ratings.keySet().stream().mapToLong(Long::parseLong).min().orElseThrow();
        return new Fixture(caseId, Map.copyOf(ids), Map.copyOf(ratings), photo.substring("photo:".length()), investigation, oldest);
    }

    Map<String, Object> onward(String caseId, String parent, Map<?, ?>... targets) {
        return Map.of("caseId", caseId, "caseVersion", Cases.version(caseId), "parentDispatchId", parent, "targets", List.of(targets),
                "instructions", "请协同处置");
    }

    void remind(String token, Map<String, String> ids, String dispatch) {
        as(token, Cases.REMIND, Map.of("dispatchId", ids.get(dispatch), "message", mark(dispatch) + "请尽快办理"));
    }

    void rate(String token, Map<String, String> ids, Map<String, String> ratings, String dispatch, String level) {
        String id = as(token, Cases.RATE, Map.of("dispatchId", ids.get(dispatch), "level", level, "comment", mark(dispatch) + "评价意见"))
                .getString("data.rateDispatch.rating.id");
        ratings.put(id, dispatch);
    }

    @AfterAll
    void removeTheTemporaryUser() {
        if (office != null) {
            office.close();
        }
    }

    // ---- the reads

    /** Each read of the table: what it gives the viewer holding a token. */
    Map<String, Function<String, Answer>> reads() {
        return Map.of(
                "unsatisfiedRatings", token -> walk(token, "unsatisfiedRatings", "id dispatchId comment", "dispatchId", true),
                "caseRatings", token -> ofCase(token, "ratings", "dispatchId"),
                "caseDispatches", token -> ofCase(token, "dispatches", "id"),
                "timeline", token -> ofCase(token, "timeline", "dispatchId"),
                "reminders", token -> ofCase(token, "reminders", "dispatchId"),
                "appeals", this::appeals,
                "investigation", this::investigation,
                "overdueDispatches", token -> walk(token, "overdueDispatches", "id replyText", "id", false),
                "replyPhoto", this::photo);
    }

    static Set<String> markers(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** NOT_FOUND, or the fixture dispatches {@code dispatchesOf} finds in the data and the markers in the whole text. */
    Answer answer(Response response, Function<JsonPath, Set<String>> dispatchesOf) {
        JsonPath body = Gql.ok(response);
        if (body.getList("errors") != null) {
            Gql.error(body, "NOT_FOUND");
            return Answer.missing();
        }
        return new Answer(false, dispatchesOf.apply(body), markers(response.asString()));
    }

    /** The fixture's case with every field that hangs off its dispatches, read once per viewer. */
    private final Map<String, JsonPath> caseAs = new ConcurrentHashMap<>();

    /** One field of the case: the fixture dispatches its rows belong to and the markers in that field's text alone. */
    Answer ofCase(String token, String field, String dispatchId) {
        JsonPath body = caseAs.computeIfAbsent(token, t -> Gql.ok(Gql.post(t, """
                query($id: ID!) { case(id: $id) { id ratings { id dispatchId comment } dispatches { id replyText }
                  timeline { kind dispatchId note } reminders { dispatchId message } } }""", Map.of("id", fixture.caseId()))));
        if (body.getList("errors") != null) {
            Gql.error(body, "NOT_FOUND");
            return Answer.missing();
        }
        return new Answer(false, fixture.names(body.getList("data.case." + field + "." + dispatchId)),
                markers(String.valueOf(body.getList("data.case." + field))));
    }

    Answer appeals(String token) {
        return answer(Gql.post(token, "query($id: ID!) { case(id: $id) { appeals { ratingId reason decisionReason } } }",
                Map.of("id", fixture.caseId())), body -> body.<String>getList("data.case.appeals.ratingId").stream()
                .map(fixture.ratingDispatch()::get).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)));
    }

    Answer investigation(String token) {
        return answer(Gql.post(token, """
                query($id: ID!) { investigation(id: $id) { rating { id dispatchId comment } case { ratings { dispatchId comment } } } }""",
                Map.of("id", fixture.investigationId())), body -> {
                    List<Object> ids = new ArrayList<>(body.getList("data.investigation.case.ratings.dispatchId"));
                    ids.add(body.getString("data.investigation.rating.dispatchId"));
                    return fixture.names(ids);
                });
    }

    Answer photo(String token) {
        int status = RestAssured.given().auth().oauth2(token).get("/api/cases/photos/" + fixture.photo()).statusCode();
        assertTrue(status == 200 || status == 404, "photo: " + status);
        return new Answer(false, status == 200 ? Set.of("TOWNSHIP") : Set.of(), Set.of());
    }

    /**
     * Walks a connection page by page (newest first stops once past the fixture), collecting the fixture dispatches
     * and markers; when it walked to the end, the total count must be the number of rows it met.
     */
    Answer walk(String token, String field, String node, String dispatchOf, boolean newestFirst) {
        Set<String> dispatches = new TreeSet<>();
        Set<String> markers = new TreeSet<>();
        String after = null;
        int rows = 0;
        while (true) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            Response response = Gql.post(token, "query($after: String) { " + field + "(first: 200, after: $after) { totalCount"
                    + " pageInfo { hasNextPage endCursor } edges { node { " + node + " } } } }", variables);
            JsonPath page = Gql.data(Gql.ok(response));
            List<Object> ids = page.getList("data." + field + ".edges.node.id");
            rows += ids.size();
            dispatches.addAll(fixture.names(page.getList("data." + field + ".edges.node." + dispatchOf)));
            markers.addAll(markers(response.asString()));
            boolean more = page.getBoolean("data." + field + ".pageInfo.hasNextPage");
            if (!more) {
                assertEquals(page.getInt("data." + field + ".totalCount"), rows, field + ": the total counts exactly the rows a walk meets");
                break;
            }
            if (newestFirst && Long.parseLong(String.valueOf(ids.get(ids.size() - 1))) < fixture.oldestRating()) {
                break;
            }
            after = page.getString("data." + field + ".pageInfo.endCursor");
        }
        return new Answer(false, dispatches, markers);
    }

    // ---- the table

    static List<Cell> table() throws IOException {
        List<Cell> cells = new ArrayList<>();
        try (InputStream in = RatingVisibilityTest.class.getResourceAsStream("/rating-visibility.csv")) {
            assertNotNull(in, "rating-visibility.csv missing");
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            List<String> viewers = Arrays.stream(lines.get(0).split(",")).skip(1).map(String::strip).toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = Arrays.stream(line.split(",")).map(String::strip).toArray(String[]::new);
                assertEquals(viewers.size() + 1, cols.length, () -> "row has a cell per viewer: " + line);
                for (int i = 0; i < viewers.size(); i++) {
                    cells.add(new Cell(cols[0], viewers.get(i), cols[i + 1]));
                }
            }
        }
        return cells;
    }

    static Set<String> expected(String cell) {
        if (cell.equals("-")) {
            return Set.of();
        }
        return Arrays.stream(SHORTHANDS.getOrDefault(cell, cell).split("\\+")).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachViewerReceivesExactlyItsPart(Cell cell) throws SQLException {
        fixture();
        var read = reads().get(cell.read());
        assertNotNull(read, () -> "no request defined for read " + cell.read());
        Answer answer = read.apply(token(cell.viewer()));
        if (cell.expected().equals("N")) {
            assertTrue(answer.notFound(), "NOT_FOUND");
            return;
        }
        assertFalse(answer.notFound(), "found");
        Set<String> expected = expected(cell.expected());
        assertEquals(expected, answer.dispatches(), "the dispatches whose rows came back");
        Set<String> foreign = new TreeSet<>(answer.markers());
        foreign.removeAll(expected);
        assertTrue(foreign.isEmpty(), () -> "text written on " + foreign + " leaked into the answer");
    }

    @Test
    void everyReadAndEveryRoleHasACell() throws IOException {
        List<Cell> cells = table();
        assertEquals(reads().keySet(), cells.stream().map(Cell::read).collect(Collectors.toSet()), "every read has a row");
        Set<String> viewers = cells.stream().map(Cell::viewer).collect(Collectors.toSet());
        for (Role role : Role.values()) {
            assertTrue(viewers.contains(role.name()), () -> "no column for " + role);
        }
        cells.forEach(c -> assertTrue(c.expected().equals("N") || expected(c.expected()).stream().allMatch(DISPATCHES::contains),
                () -> "unknown dispatch in " + c));
    }
}
