package cn.lvzhi.testing;

import cn.lvzhi.evaluation.computations.Computation;
import cn.lvzhi.evaluation.computations.ComputedFigure;
import cn.lvzhi.evaluation.computations.Computations;
import cn.lvzhi.evaluation.computations.EvaluationPeriod;
import cn.lvzhi.evaluation.computations.EvidenceRow;
import cn.lvzhi.common.ReadSessions;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.VertxContextSupport;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prepared data for the evaluation's computations, written with SQL: fresh units of 清河区 (so the demo data never
 * disturbs a figure), cases and their dispatches, list items, goals, rounds; and a computation run over them.
 */
public final class EvaluationFixtures {
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static Connection connection;

    private EvaluationFixtures() {
    }

    /** This run's prefix of codes: the codes of one run sort in the order they were made. */
    private static final String RUN = Long.toString(36L * 36 * 36 * 36 * 36 + System.currentTimeMillis() % (35L * 36 * 36 * 36 * 36), 36);

    /** A unique suffix for codes, increasing within a run. */
    public static String unique() {
        return RUN + String.format("%06d", SEQ.incrementAndGet());
    }

    /** A moment in Beijing time. */
    public static OffsetDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(hour, minute).atZone(BEIJING).toOffsetDateTime();
    }

    public static synchronized Connection db() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DatabaseOwner.connect();
        }
        return connection;
    }

    /** Runs an INSERT … RETURNING id (or any query whose first column is a long) and returns that id. */
    public static long insert(String sql, Object... args) {
        try (PreparedStatement st = prepare(sql, args); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static void exec(String sql, Object... args) {
        try (PreparedStatement st = prepare(sql, args)) {
            st.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement st = db().prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
        return st;
    }

    public static long unitId(String code) {
        return insert("SELECT id FROM unit WHERE code = ?", code);
    }

    /** A new department of 清河区 with this category (a GOVERNMENT_DEPARTMENT), or a township when category is null. */
    public static long unit(String name, String category) {
        long region = unitId("JZ-QH");
        String code = "EVT-" + unique();
        long id = insert("""
                INSERT INTO unit (code, name, kind, level, category, parent_id, depth, path)
                VALUES (?, ?, ?, ?, ?, ?, 2, '/') RETURNING id""", code, name + code,
                category == null ? "TOWNSHIP" : "GOVERNMENT_DEPARTMENT", category == null ? "TOWNSHIP" : "COUNTY", category, region);
        exec("UPDATE unit SET path = (SELECT path FROM unit WHERE id = ?) || id || '/' WHERE id = ?", region, id);
        return id;
    }

    /** A case of 清河区 filed under a list item (or a free category when null); returns its id. */
    public static long caseFile(String title, Long categoryItemId) {
        long region = unitId("JZ-QH");
        return insert("""
                INSERT INTO case_file (code, title, description, category_item_id, category_text, address, source, origin_unit_id,
                                       area_unit_id, area_path, reporter_subject, reporter_name, priority, status)
                VALUES (?, ?, '测试事件', ?, ?, '清河区测试路1号', 'UNIT', ?, ?, (SELECT path FROM unit WHERE id = ?), 'test', '测试',
                        'NORMAL', 'DISPATCHED') RETURNING id""",
                "EVT-" + unique(), title, categoryItemId, categoryItemId == null ? "测试类别" : null, region, region, region);
    }

    /** The first column of the first row of a query, as text. */
    public static String text(String sql, Object... args) {
        try (PreparedStatement st = prepare(sql, args); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static String unitCode(long unit) {
        return text("SELECT code FROM unit WHERE id = ?", unit);
    }

    /**
     * A dispatch of the case from the command centre to the unit, sent at {@code sent}, with its two deadlines and
     * what the unit did: signed/replied at (null: not yet), or refused when {@code refusedAt} is given.
     */
    public static long dispatch(long caseId, long toUnit, OffsetDateTime sent, OffsetDateTime signDeadline, OffsetDateTime signedAt,
                                OffsetDateTime handleDeadline, OffsetDateTime repliedAt, OffsetDateTime refusedAt) {
        String status = refusedAt != null ? "REFUSED" : repliedAt != null ? "REPLIED" : signedAt != null ? "SIGNED" : "SENT";
        return insert("""
                INSERT INTO case_dispatch (case_id, from_unit_id, from_subject, from_name, to_unit_id, role, status, sent_at,
                                           sign_deadline, handle_deadline, signed_at, replied_at, reply_text, refused_at,
                                           refusal_reason)
                VALUES (?, ?, 'test', '测试', ?, 'LEAD', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                caseId, unitId("JZ-QH-ZH"), toUnit, status, sent, signDeadline, handleDeadline, signedAt, repliedAt,
                repliedAt != null ? "已办结" : null, refusedAt, refusedAt != null ? "不属于本单位职责" : null);
    }

    /** The dispatches of {@link #handlings}: each a case of its own, sent to the unit, in March 2026 or around it. */
    public record Handlings(long onTime, long lateReply, long lateSign, long openLate, long refused, long lastMinute,
                            long pending, long after, long before) {
    }

    /**
     * A unit's dispatches around March 2026 (Beijing): replied on time; replied 3 days late; signed 1 day late; never
     * signed (both clocks broken); refused after its sign-for deadline; sent in the period's last minute and replied on
     * time; still within a far deadline; and one sent just after and one just before the period, both late.
     */
    public static Handlings handlings(long unit) {
        return new Handlings(
                dispatch(caseFile("按时办结", null), unit, at(2026, 3, 1, 0, 0), at(2026, 3, 1, 8, 0), at(2026, 3, 1, 7, 0),
                        at(2026, 3, 6, 0, 0), at(2026, 3, 5, 12, 0), null),
                dispatch(caseFile("超期反馈", null), unit, at(2026, 3, 10, 9, 0), at(2026, 3, 10, 17, 0), at(2026, 3, 10, 10, 0),
                        at(2026, 3, 13, 9, 0), at(2026, 3, 16, 9, 0), null),
                dispatch(caseFile("超期签收", null), unit, at(2026, 3, 12, 9, 0), at(2026, 3, 12, 17, 0), at(2026, 3, 13, 17, 0),
                        at(2026, 3, 17, 9, 0), at(2026, 3, 17, 8, 0), null),
                dispatch(caseFile("一直未签收", null), unit, at(2026, 3, 15, 9, 0), at(2026, 3, 15, 17, 0), null,
                        at(2026, 3, 20, 9, 0), null, null),
                dispatch(caseFile("退单", null), unit, at(2026, 3, 20, 9, 0), at(2026, 3, 20, 17, 0), null,
                        at(2026, 3, 25, 9, 0), null, at(2026, 3, 21, 9, 0)),
                dispatch(caseFile("期末最后一分钟", null), unit, at(2026, 3, 31, 23, 59), at(2026, 4, 1, 8, 0), at(2026, 4, 1, 7, 0),
                        at(2026, 4, 3, 9, 0), at(2026, 4, 2, 9, 0), null),
                dispatch(caseFile("办理中", null), unit, at(2026, 3, 25, 9, 0), at(2026, 3, 25, 17, 0), at(2026, 3, 25, 10, 0),
                        at(2099, 1, 1, 9, 0), null, null),
                dispatch(caseFile("期后派单", null), unit, at(2026, 4, 1, 0, 0), at(2026, 4, 1, 8, 0), null,
                        at(2026, 4, 3, 9, 0), null, null),
                dispatch(caseFile("期前派单", null), unit, at(2026, 2, 28, 23, 59), at(2026, 3, 1, 8, 0), null,
                        at(2026, 3, 3, 9, 0), null, null));
    }

    /** A case dispatched to the unit and replied, rated by the command centre at {@code ratedAt}; returns the rating id. */
    public static long rating(long unit, String level, String originalLevel, OffsetDateTime ratedAt) {
        long caseId = caseFile("评价事件", null);
        OffsetDateTime sent = ratedAt.minusDays(3);
        long dispatch = dispatch(caseId, unit, sent, sent.plusHours(4), sent.plusHours(1), sent.plusDays(2), sent.plusDays(1), null);
        return insert("""
                INSERT INTO case_rating (dispatch_id, case_id, level, original_level, comment, rater_unit_id, rater_subject,
                                         rater_name, rated_unit_id, rated_at)
                VALUES (?, ?, ?, ?, '测试评价', ?, 'test', '测试', ?, ?) RETURNING id""",
                dispatch, caseId, level, originalLevel, unitId("JZ-QH-ZH"), unit, ratedAt);
    }

    /** A reminder of the dispatch made at {@code at}; returns its id. */
    public static long reminder(long dispatch, long caseId, OffsetDateTime at) {
        return insert("""
                INSERT INTO case_reminder (dispatch_id, case_id, from_unit_id, by_subject, by_name, message, created_at)
                VALUES (?, ?, ?, 'test', '测试', '请尽快办理', ?) RETURNING id""", dispatch, caseId, unitId("JZ-QH-ZH"), at);
    }

    /** A list item of this kind owned by the unit, with its details as JSON; returns its id. */
    public static long item(String kind, long unit, String status, String powerType, String catalogueCode, String details) {
        String code = kind + "-EVT-" + unique();
        return insert("""
                INSERT INTO list_item (kind, code, name, unit_id, status, published_version, details, power_type, catalogue_code,
                                       search_text)
                VALUES (?, ?, ?, ?, ?, 1, cast(? AS jsonb), ?, ?, ?) RETURNING id""",
                kind, code, "测试事项" + code, unit, status, details, powerType, catalogueCode, code);
    }

    /**
     * Puts the region's lists back as the demo made them after a test that added list data for its own units: the
     * test items are retired and the test catalogues removed (the lists' region-wide tests count the demo's).
     */
    public static void forgetTestListData() {
        exec("UPDATE list_item SET status = 'RETIRED' WHERE code LIKE '%-EVT-%' AND status <> 'RETIRED'");
        exec("DELETE FROM catalogue_claim WHERE unit_id IN (SELECT id FROM unit WHERE code LIKE 'EVT-%')");
        exec("DELETE FROM claim_catalogue WHERE unit_id IN (SELECT id FROM unit WHERE code LIKE 'EVT-%')");
    }

    /**
     * A scheme of 清河区 for 2026 with this document (JSON), SUPERSEDED (a round may use it; the demo's 2026 scheme stays
     * the one in force); returns its id.
     */
    public static long scheme(String document) {
        return insert("""
                INSERT INTO evaluation_scheme (region_path, year, version_no, name, status, document, total_points, created_by_name)
                VALUES ((SELECT path FROM unit WHERE code = 'JZ-QH'), 2026,
                        coalesce((SELECT max(version_no) FROM evaluation_scheme WHERE year = 2026
                                  AND region_path = (SELECT path FROM unit WHERE code = 'JZ-QH')), 0) + 1,
                        ?, 'SUPERSEDED', cast(? AS jsonb), 100, '测试') RETURNING id""", "测试评估标准" + unique(), document);
    }

    /** A round of 清河区 over these days at this stage; returns its id. */
    public static long round(long scheme, LocalDate start, LocalDate end, String stage) {
        return insert("""
                INSERT INTO evaluation_round (region_path, name, scheme_id, period_kind, period_start, period_end, stage,
                                              published_at, published_by_name, created_by_name)
                VALUES ((SELECT path FROM unit WHERE code = 'JZ-QH'), ?, ?, 'MONTH', ?, ?, ?, ?, ?, '测试') RETURNING id""",
                "测试批次" + unique(), scheme, start, end, stage,
                "PUBLISHED".equals(stage) ? OffsetDateTime.now() : null, "PUBLISHED".equals(stage) ? "测试" : null);
    }

    /** The unit in the round's scope with this category. */
    public static void roundUnit(long round, long unit, String category) {
        exec("INSERT INTO evaluation_round_unit (round_id, unit_id, category) VALUES (?, ?, ?)", round, unit, category);
    }

    /**
     * A scheme with one aspect and two computed leaves: A1 被催办 (REMINDERS_RECEIVED, every category, deduction) and A2
     * 满意率 (CASE_SATISFACTION_RATE without 基本满意, townships only); and a manual leaf A3.
     */
    public static final String SCHEME = """
            {"indicators": [
              {"code": "A", "name": "办理质效", "points": 100, "comparable": false},
              {"code": "A1", "parentCode": "A", "name": "被催办", "points": 40, "source": "COMPUTED",
               "rule": {"kind": "DEDUCTION", "perOccurrence": 1, "floor": 0},
               "computation": {"name": "REMINDERS_RECEIVED", "params": []}, "comparable": false},
              {"code": "A2", "parentCode": "A", "name": "满意率", "points": 40, "categories": ["TOWNSHIP"], "source": "COMPUTED",
               "rule": {"kind": "PROPORTIONAL", "target": 1},
               "computation": {"name": "CASE_SATISFACTION_RATE", "params": [{"name": "countBasicallySatisfied", "value": "false"}]},
               "comparable": false},
              {"code": "A3", "parentCode": "A", "name": "工作创新", "points": 20, "source": "MANUAL",
               "rule": {"kind": "DIRECT"}, "comparable": false}]}""";

    /** A round of {@link #SCHEME} over March 2026 at this stage, with these units (unit id → category) in scope. */
    public static long roundOf(String stage, Map<Long, String> units) {
        long round = round(scheme(SCHEME), MARCH_1, MARCH_31, stage);
        units.forEach((unit, category) -> roundUnit(round, unit, category));
        return round;
    }

    /** A score row of the unit's indicator in the round (no figure yet); returns its id. */
    public static long score(long round, long unit, String indicator) {
        return insert("INSERT INTO evaluation_score (round_id, unit_id, indicator_code) VALUES (?, ?, ?) RETURNING id",
                round, unit, indicator);
    }

    /** March 2026. */
    public static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    public static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    /** The figures of a computation, by name, over these units and days, with these parameters. */
    public static Map<Long, ComputedFigure> compute(String name, Set<Long> units, LocalDate start, LocalDate end,
                                                    Map<String, Object> params) throws Throwable {
        Computation c = Arc.container().instance(Computations.class).get().find(name).orElseThrow();
        ReadSessions reads = Arc.container().instance(ReadSessions.class).get();
        return VertxContextSupport.subscribeAndAwait(() -> reads.read(s -> c.compute(s, units, new EvaluationPeriod(start, end), params)));
    }

    /** Asserts a rate (or count, with denominator null) and its numerator and denominator. */
    public static void assertFigure(ComputedFigure f, String value, String numerator, String denominator) {
        assertTrue(f.applicable(), "applicable");
        assertEquals(0, new BigDecimal(value).compareTo(f.value()), "figure " + f.value());
        assertEquals(0, new BigDecimal(numerator).compareTo(f.numerator()), "numerator " + f.numerator());
        if (denominator == null) {
            assertNull(f.denominator(), "a count has no denominator");
        } else {
            assertEquals(0, new BigDecimal(denominator).compareTo(f.denominator()), "denominator " + f.denominator());
        }
    }

    /** Asserts "nothing to count": not applicable, no value. */
    public static void assertNothingToCount(ComputedFigure f) {
        assertFalse(f.applicable(), "not applicable");
        assertNull(f.value(), "no figure");
    }

    /** The rows as "kind:refId:counted" in order, for exact comparison. */
    public static List<String> rows(ComputedFigure f) {
        return f.rows().stream().map(EvaluationFixtures::row).toList();
    }

    public static String row(EvidenceRow r) {
        return r.kind() + ":" + r.refId() + ":" + r.counted();
    }

    public static String row(String kind, long id, boolean counted) {
        return kind + ":" + id + ":" + counted;
    }
}
