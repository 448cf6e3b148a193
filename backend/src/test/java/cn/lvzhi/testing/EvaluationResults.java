package cn.lvzhi.testing;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.schemes.ComputationRef;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.evaluation.schemes.ScoringRule;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prepares evaluation rounds for the results tests with SQL (the rounds are opened and marked by another part of the
 * feature): a scheme, a round of 清河区 at a stage with its units and categories, a score row per unit and leaf (not
 * applicable where the leaf does not apply to the category), marks and figures.
 */
public final class EvaluationResults {
    public static final String JIWEI = "纪委监委";
    public static final String ZUZHIBU = "组织部";
    private static final AtomicInteger YEARS = new AtomicInteger(2000 + (int) (System.nanoTime() % 40));
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluationResults() {
    }

    static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    /**
     * The test scheme: A 履职成效 (60) = A1 办件按时办结率 (30, computed, proportional to 1) + A2 违纪违规通报 (30, imported from
     * 纪委监委, 5 off each, floor 0); B 工作作风 (40) = B1 材料报送质量 (20, direct) + B2 干部队伍建设 (20, imported from 组织部,
     * pass/fail, only LAW_ENFORCEMENT and SAFETY_ENVIRONMENT). A1 and A2 are comparable with last year's A1/A2; B1 names
     * B1 but is not comparable.
     */
    public static List<IndicatorNode> nodes() {
        return List.of(
                node("A", null, "履职成效", "60", null, null, null, null, List.of()),
                node("A1", "A", "办件按时办结率", "30", IndicatorSource.COMPUTED, null,
                        new ScoringRule(ScoringRuleKind.PROPORTIONAL, d("1"), null, null, null, null), "A1", List.of()),
                node("A2", "A", "违纪违规通报", "30", IndicatorSource.IMPORTED, JIWEI,
                        new ScoringRule(ScoringRuleKind.DEDUCTION, null, d("5"), d("0"), null, null), "A2", List.of()),
                node("B", null, "工作作风", "40", null, null, null, null, List.of()),
                new IndicatorNode("B1", "B", "材料报送质量", null, d("20"), List.of(), List.of(), IndicatorSource.MANUAL, null,
                        new ScoringRule(ScoringRuleKind.DIRECT, null, null, null, null, null), null, "B1", false),
                node("B2", "B", "干部队伍建设", "20", IndicatorSource.IMPORTED, ZUZHIBU,
                        new ScoringRule(ScoringRuleKind.PASS_FAIL, null, null, null, null, d("1")), null,
                        List.of(EvaluationCategory.LAW_ENFORCEMENT, EvaluationCategory.SAFETY_ENVIRONMENT)));
    }

    private static IndicatorNode node(String code, String parent, String name, String points, IndicatorSource source,
                                      String body, ScoringRule rule, String previous, List<EvaluationCategory> categories) {
        ComputationRef computation = source == IndicatorSource.COMPUTED ? new ComputationRef("CASE_ON_TIME_RATE", List.of()) : null;
        return new IndicatorNode(code, parent, name, null, d(points), List.of(), categories, source, body, rule, computation,
                previous, previous != null);
    }

    public static String regionPath() {
        return query("select path from unit where code = 'JZ-QH'", List.of()).toString();
    }

    public static long unitId(String code) {
        return ((Number) query("select id from unit where code = ?", List.of(code))).longValue();
    }

    /** Inserts a SUPERSEDED scheme of the test nodes (the demo's schemes stay the ones in force); returns its id. */
    public static long scheme() {
        try {
            String doc = JSON.writeValueAsString(new SchemeDocument(nodes()));
            int year = YEARS.getAndIncrement() % 100 + 2000;
            return ((Number) query("""
                    insert into evaluation_scheme (region_path, year, version_no, name, status, document, total_points, created_by_name)
                    values (?, ?, (select coalesce(max(version_no), 0) + 1 from evaluation_scheme where region_path = ? and year = ?),
                            ?, 'SUPERSEDED', cast(? as jsonb), 100, '测试') returning id""",
                    List.of(regionPath(), year, regionPath(), year, "结果测试评估标准", doc))).longValue();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A round of 清河区 at {@code stage} over the scheme, with the units (by code) in their categories and a score row
     * per unit and leaf; returns its id.
     */
    public static long round(String name, long schemeId, String stage, Long previousRoundId, int minSample,
                             Map<String, EvaluationCategory> units) {
        long round = ((Number) query("""
                insert into evaluation_round (region_path, name, scheme_id, period_kind, period_start, period_end, stage,
                                              min_rank_sample, previous_round_id, published_at, published_by_name, created_by_name)
                values (?, ?, ?, 'YEAR', date '2025-01-01', date '2025-12-31', ?, ?, ?,
                        case when ? = 'PUBLISHED' then now() end, case when ? = 'PUBLISHED' then '测试' end, '测试') returning id""",
                java.util.Arrays.asList(regionPath(), name, schemeId, stage, minSample, previousRoundId, stage, stage))).longValue();
        for (Map.Entry<String, EvaluationCategory> u : units.entrySet()) {
            long unit = unitId(u.getKey());
            update("insert into evaluation_round_unit (round_id, unit_id, category) values (?, ?, ?)",
                    List.of(round, unit, u.getValue().name()));
            for (IndicatorNode leaf : new SchemeDocument(nodes()).leaves()) {
                update("insert into evaluation_score (round_id, unit_id, indicator_code, not_applicable) values (?, ?, ?, ?)",
                        List.of(round, unit, leaf.code(), !leaf.appliesTo(u.getValue())));
            }
        }
        return round;
    }

    /** The units in order with their category. */
    public static Map<String, EvaluationCategory> units(Object... codeThenCategory) {
        Map<String, EvaluationCategory> units = new LinkedHashMap<>();
        for (int i = 0; i < codeThenCategory.length; i += 2) {
            units.put((String) codeThenCategory[i], (EvaluationCategory) codeThenCategory[i + 1]);
        }
        return units;
    }

    /** Final marks of a unit for A1, A2, B1, B2 in order (null leaves that one unmarked). */
    public static void finals(long round, String unitCode, String... points) {
        List<String> codes = List.of("A1", "A2", "B1", "B2");
        for (int i = 0; i < points.length; i++) {
            if (points[i] != null) {
                mark(round, unitCode, codes.get(i), null, points[i], null);
            }
        }
    }

    /** Sets the first and final marks of a leaf with the final mark's reason. */
    public static void mark(long round, String unitCode, String code, String first, String fin, String reason) {
        update("update evaluation_score set first_score = ?, final_score = ?, final_reason = ?, first_reason = ?"
                        + " where round_id = ? and unit_id = ? and indicator_code = ?",
                java.util.Arrays.asList(d(first), d(fin), fin == null ? null : reason, fin == null ? reason : null, round,
                        unitId(unitCode), code));
    }

    /** Sets a computed figure of a leaf. */
    public static void figure(long round, String unitCode, String code, String figure, String numerator, String denominator) {
        update("update evaluation_score set figure = ?, figure_numerator = ?, figure_denominator = ?, figure_source = 'COMPUTED',"
                        + " computed_at = now() where round_id = ? and unit_id = ? and indicator_code = ?",
                java.util.Arrays.asList(d(figure), d(numerator), d(denominator), round, unitId(unitCode), code));
    }

    public static void notApplicable(long round, String unitCode, String code) {
        update("update evaluation_score set not_applicable = true, first_score = null, final_score = null"
                + " where round_id = ? and unit_id = ? and indicator_code = ?", List.of(round, unitId(unitCode), code));
    }

    public static void stage(long round, String stage) {
        update("update evaluation_round set stage = ?, published_at = case when ? = 'PUBLISHED' then now() end,"
                + " published_by_name = case when ? = 'PUBLISHED' then '测试' end where id = ?", List.of(stage, stage, stage, round));
    }

    public static long scoreId(long round, String unitCode, String code) {
        return ((Number) query("select id from evaluation_score where round_id = ? and unit_id = ? and indicator_code = ?",
                List.of(round, unitId(unitCode), code))).longValue();
    }

    /** The first column of the first row (or of the statement's RETURNING). */
    public static Object query(String sql, List<?> params) {
        try (Connection c = DatabaseOwner.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void update(String sql, List<?> params) {
        try (Connection c = DatabaseOwner.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement st, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }
}
