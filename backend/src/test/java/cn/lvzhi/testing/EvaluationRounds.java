package cn.lvzhi.testing;

import cn.lvzhi.security.Role;
import io.restassured.path.json.JsonPath;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds evaluation rounds for tests: a scheme row written straight into evaluation_scheme (the schemes' API is built
 * beside this one), rounds opened and moved through GraphQL as 编办 would, and the few facts only time or another
 * slice produce (a computed figure, a closed reply window, an uploaded file) set in the database as its owner.
 */
public final class EvaluationRounds {
    /** The 城市管理局 user (JZ-QH-D11), the "another unit" of visibility tests. */
    public static final String D11_USER = "chengguan";

    /**
     * A small scheme of 100 points: A 任务完成 (A1 目标完成率, computed, proportional to 100%; A2 工作报告, marked by
     * hand), B 工作评价 (B1 群众满意度, reported by the unit; B2 乡镇专项, townships only).
     */
    public static final String SCHEME = """
            {"indicators": [
              {"code": "A", "name": "任务完成", "points": 60},
              {"code": "A1", "parentCode": "A", "name": "目标完成率", "points": 30, "source": "COMPUTED",
               "rule": {"kind": "PROPORTIONAL", "target": 1}, "computation": {"name": "GOAL_COMPLETION_RATE", "params": []}},
              {"code": "A2", "parentCode": "A", "name": "工作报告", "points": 30, "source": "MANUAL", "rule": {"kind": "DIRECT"}},
              {"code": "B", "name": "工作评价", "points": 40},
              {"code": "B1", "parentCode": "B", "name": "群众满意度", "points": 20, "source": "SELF_REPORT",
               "rule": {"kind": "PROPORTIONAL", "target": 1}},
              {"code": "B2", "parentCode": "B", "name": "乡镇专项", "points": 20, "categories": ["TOWNSHIP"], "source": "MANUAL",
               "rule": {"kind": "DIRECT"}}
            ]}""";

    public static final String OPEN = """
            mutation($i: OpenEvaluationRoundInput!) { openEvaluationRound(input: $i) { round { id stage version } } }""";
    public static final String ADVANCE = """
            mutation($i: AdvanceEvaluationRoundInput!) { advanceEvaluationRound(input: $i) { round { stage version replyClosesAt } } }""";
    public static final String SELF = """
            mutation($i: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $i) { submission { id status submittedAt late } } }""";
    public static final String MARK = """
            mutation($i: MarkEvaluationScoresInput!) { markEvaluationScores(input: $i) { scores { indicatorCode firstScore firstReason } } }""";
    public static final String FINAL = """
            mutation($i: MarkEvaluationScoresInput!) { finalizeEvaluationScores(input: $i) { scores { indicatorCode finalScore finalReason } } }""";
    public static final String REPLY = """
            mutation($i: ReplyToEvaluationMarksInput!) { replyToEvaluationMarks(input: $i) { scores { id replyText replyFileIds } } }""";
    public static final String SCORES = """
            query($id: ID!, $u: ID) { evaluationRound(id: $id) { stage scores(unitId: $u) { id unitId indicatorCode notApplicable
              figure rulePoints selfScore firstScore firstReason lostPoints replyText finalScore changedAfterPublication version } } }""";

    private EvaluationRounds() {
    }

    public static String d11Token() {
        return Keycloak.password("lvzhi-cli", D11_USER);
    }

    public static JsonPath as(String token, String document, Map<String, Object> variables) {
        return Gql.ok(Gql.post(token, document, variables));
    }

    public static JsonPath as(Role role, String document, Map<String, Object> variables) {
        return as(Keycloak.tokenFor(role), document, variables);
    }

    public static JsonPath office(String document, Map<String, Object> variables) {
        return Gql.data(as(Role.ESTABLISHMENT_OFFICE, document, variables));
    }

    /**
     * A scheme of the demo district with the status (ACTIVE, SUPERSEDED or DRAFT), written as its owner; its id. An
     * ACTIVE one takes a year before the demo's (one scheme is in force per region and year), the others 2026.
     */
    public static String scheme(String status) {
        return String.valueOf(queryLong("""
                INSERT INTO evaluation_scheme (region_path, year, version_no, name, status, document, total_points, created_by_name)
                WITH y AS (SELECT CASE WHEN ? <> 'ACTIVE' THEN 2026 ELSE (
                               SELECT min(g) FROM generate_series(2000, 2024) g WHERE NOT EXISTS (
                                   SELECT 1 FROM evaluation_scheme s, unit r WHERE r.code = 'JZ-QH' AND s.region_path = r.path
                                   AND s.year = g AND s.status = 'ACTIVE')) END AS year)
                SELECT path, y.year, coalesce((SELECT max(version_no) FROM evaluation_scheme s, unit r
                                               WHERE r.code = 'JZ-QH' AND s.region_path = r.path AND s.year = y.year), 0) + 1,
                       '测试评估标准', ?, cast(? AS jsonb), 100, '测试'
                FROM unit, y WHERE code = 'JZ-QH' RETURNING id""", status, status, SCHEME));
    }

    public static OffsetDateTime hoursFromNow(long hours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(hours).withNano(0);
    }

    public static Map<String, Object> deadline(String unitId, String form, OffsetDateTime due, OffsetDateTime locks) {
        Map<String, Object> d = new HashMap<>();
        if (unitId != null) {
            d.put("unitId", unitId);
        }
        d.put("form", form);
        d.put("dueAt", due.toString());
        d.put("locksAt", locks.toString());
        return d;
    }

    /** An input opening a 2026 Q1 round of the scheme for the picked units with these deadlines. */
    public static Map<String, Object> openInput(String schemeId, List<String> unitIds, List<Map<String, Object>> deadlines) {
        Map<String, Object> i = new HashMap<>();
        i.put("name", "测试评估批次" + Lists.unique());
        i.put("schemeId", schemeId);
        i.put("periodKind", "QUARTER");
        i.put("periodStart", "2026-01-01");
        i.put("periodEnd", "2026-03-31");
        i.put("unitIds", unitIds);
        i.put("deadlines", deadlines);
        return i;
    }

    /** Opens a round of a fresh scheme for the units, the self-assessment due in {@code dueHours}, locked 48 h later; its id. */
    public static String open(List<String> unitIds, long dueHours) {
        return office(OPEN, Map.of("i", openInput(scheme("SUPERSEDED"), unitIds, List.of(
                deadline(null, "SELF_ASSESSMENT", hoursFromNow(dueHours), hoursFromNow(dueHours + 48))))))
                .getString("data.openEvaluationRound.round.id");
    }

    public static int version(String roundId) {
        return office("query($id: ID!) { evaluationRound(id: $id) { version } }", Map.of("id", roundId))
                .getInt("data.evaluationRound.version");
    }

    /** The response to moving the round to the stage (REPLY with a window closing in a day). */
    public static JsonPath advance(String roundId, String stage) {
        Map<String, Object> i = new HashMap<>();
        i.put("roundId", roundId);
        i.put("version", version(roundId));
        i.put("stage", stage);
        if (stage.equals("REPLY")) {
            i.put("replyClosesAt", hoursFromNow(24).toString());
        }
        return as(Role.ESTABLISHMENT_OFFICE, ADVANCE, Map.of("i", i));
    }

    /** A self-assessment of every indicator applicable to a department (A1, A2, B1), at full points. */
    public static Map<String, Object> fullSelfAssessment(String roundId) {
        return Map.of("i", Map.of("roundId", roundId, "entries", List.of(
                Map.of("indicatorCode", "A1", "selfScore", 30, "note", "目标全部完成"),
                Map.of("indicatorCode", "A2", "selfScore", 30),
                Map.of("indicatorCode", "B1", "selfScore", 20, "figure", 1))));
    }

    /** Marks every applicable indicator of the unit at full points (first or final). */
    public static JsonPath markAll(String document, String roundId, String unitId, boolean township) {
        List<Map<String, Object>> marks = new ArrayList<>(List.of(mark("A1", 30, null), mark("A2", 30, null), mark("B1", 20, null)));
        if (township) {
            marks.add(mark("B2", 20, null));
        }
        return office(document, Map.of("i", Map.of("roundId", roundId, "unitId", unitId, "marks", marks)));
    }

    public static Map<String, Object> mark(String code, double score, String reason) {
        Map<String, Object> m = new HashMap<>();
        m.put("indicatorCode", code);
        m.put("score", score);
        if (reason != null) {
            m.put("reason", reason);
        }
        return m;
    }

    /** A round at the stage with every unit marked in full (first, and final from FINAL_MARK on), nobody replying. */
    public static String roundAt(String stage, List<String> unitIds) {
        String round = open(unitIds, 1);
        for (String u : unitIds) {
            sql("UPDATE evaluation_submission SET locks_at = due_at - interval '1 hour', due_at = due_at - interval '2 hours'"
                    + " WHERE round_id = ? AND unit_id = ?", Long.valueOf(round), Long.valueOf(u));
        }
        List<String> stages = List.of("FIRST_MARK", "REPLY", "FINAL_MARK", "PUBLISHED");
        for (String s : stages.subList(0, stages.indexOf(stage) + 1)) {
            if (s.equals("REPLY")) {
                unitIds.forEach(u -> markAll(MARK, round, u, false));
            }
            if (s.equals("PUBLISHED")) {
                unitIds.forEach(u -> markAll(FINAL, round, u, false));
            }
            Gql.data(advance(round, s));
        }
        return round;
    }

    /** An evidence file owned by the unit (the files' upload API is the goals' slice); its id. */
    public static String file(String unitId) {
        return String.valueOf(queryLong("""
                INSERT INTO evaluation_file (owner_unit_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
                VALUES (?, '佐证材料.pdf', 'application/pdf', 4, 'x', '\\x25504446', '测试') RETURNING id""", Long.valueOf(unitId)));
    }

    /** Runs a statement as the database owner. */
    public static int sql(String statement, Object... params) {
        try (Connection c = DatabaseOwner.connect(); PreparedStatement st = c.prepareStatement(statement)) {
            bind(st, params);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long queryLong(String query, Object... params) {
        try (Connection c = DatabaseOwner.connect(); PreparedStatement st = c.prepareStatement(query)) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement st, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
    }
}
