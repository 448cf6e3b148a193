package cn.lvzhi.demo.evaluation;

import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.IndicatorSource;
import cn.lvzhi.evaluation.ScoringRuleKind;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.evaluation.schemes.Scoring;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks a demo round the way 编办 would, stage by stage on each score row, then publishes it: figures imported from
 * 纪委监委, 组织部 and the 12345 hotline; self-scores; first marks (the rule's points for figures, a spread with reasons
 * for hand-marked indicators); replies from some units that lost points, and final marks that restore part of them
 * or uphold the first mark with a reason.
 */
final class DemoMarks {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DemoMarks() {
    }

    /** One score row to mark. */
    private record Row(long id, String unitCode, EvaluationCategory category, IndicatorNode leaf, BigDecimal figure,
                       BigDecimal numerator, BigDecimal denominator, String source) {
    }

    /** The marks of one row, stage by stage. */
    private record Marks(BigDecimal figure, String source, Long importId, BigDecimal self, BigDecimal first,
                         String firstReason, String reply, BigDecimal fin, String finalReason) {
    }

    static int markAndPublish(Connection c, long roundId, ObjectMapper json) throws SQLException, IOException {
        OffsetDateTime published;
        SchemeDocument scheme;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT r.reply_closes_at, s.document::text FROM evaluation_round r JOIN evaluation_scheme s ON s.id = r.scheme_id
                WHERE r.id = ? AND r.stage = 'FINAL_MARK' FOR UPDATE OF r""")) {
            ps.setLong(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return 0; // published meanwhile by another instance
                }
                published = rs.getObject(1, OffsetDateTime.class).plusDays(7);
                scheme = json.readValue(rs.getString(2), SchemeDocument.class);
            }
        }
        Map<String, Long> imports = imports(c, roundId, scheme, published);
        List<Row> rows = rows(c, roundId, scheme);
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE evaluation_score SET figure = ?, figure_source = ?, import_id = ?,
                    self_score = ?, self_by_name = ?, self_at = ?, first_score = ?, first_reason = ?, first_by_name = ?,
                    first_at = ?, reply_text = ?, reply_by_name = ?, reply_at = ?, final_score = ?, final_reason = ?,
                    final_by_name = ?, final_at = ? WHERE id = ?""")) {
            for (Row row : rows) {
                Marks m = marks(row, imports);
                ps.setBigDecimal(1, m.figure());
                ps.setString(2, m.source());
                ps.setObject(3, m.importId());
                ps.setBigDecimal(4, m.self());
                ps.setString(5, DemoEvaluationRounds.BY);
                ps.setTimestamp(6, ts(published.minusDays(30)));
                ps.setBigDecimal(7, m.first());
                ps.setString(8, m.firstReason());
                ps.setString(9, DemoEvaluationRounds.BY);
                ps.setTimestamp(10, ts(published.minusDays(20)));
                ps.setString(11, m.reply());
                ps.setString(12, m.reply() == null ? null : DemoEvaluationRounds.BY);
                ps.setTimestamp(13, m.reply() == null ? null : ts(published.minusDays(10)));
                ps.setBigDecimal(14, m.fin());
                ps.setString(15, m.finalReason());
                ps.setString(16, DemoEvaluationRounds.BY);
                ps.setTimestamp(17, ts(published.minusDays(3)));
                ps.setLong(18, row.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE evaluation_round SET stage = 'PUBLISHED', published_at = ?, published_by_name = ? WHERE id = ?""")) {
            ps.setTimestamp(1, ts(published));
            ps.setString(2, DemoEvaluationRounds.BY);
            ps.setLong(3, roundId);
            ps.executeUpdate();
        }
        return rows.size();
    }

    /**
     * Marks the computed indicators of a round whose period ends before the platform's first case as not applicable
     * (never 0), with the reason: the unit's total is then normalised over the other indicators.
     */
    static int beforeThePlatform(Connection c, long roundId, ObjectMapper json) throws SQLException, IOException {
        SchemeDocument scheme;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT s.document::text FROM evaluation_round r JOIN evaluation_scheme s ON s.id = r.scheme_id WHERE r.id = ?""")) {
            ps.setLong(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                scheme = json.readValue(rs.getString(1), SchemeDocument.class);
            }
        }
        String[] computed = scheme.leaves().stream().filter(l -> l.source() == IndicatorSource.COMPUTED)
                .map(IndicatorNode::code).toArray(String[]::new);
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE evaluation_score SET not_applicable = true, figure_source = 'COMPUTED',
                    first_reason = ?, final_reason = ? WHERE round_id = ? AND indicator_code = ANY (?)""")) {
            ps.setString(1, BEFORE_THE_PLATFORM);
            ps.setString(2, BEFORE_THE_PLATFORM);
            ps.setLong(3, roundId);
            ps.setArray(4, c.createArrayOf("text", computed));
            return ps.executeUpdate();
        }
    }

    static final String BEFORE_THE_PLATFORM = "本期早于平台启用，无平台数据可计算，不计分（按适用分值折算）";

    private static Marks marks(Row row, Map<String, Long> imports) {
        IndicatorNode leaf = row.leaf();
        BigDecimal points = leaf.pointsFor(row.category());
        double s = DemoEvaluationRounds.spread(row.unitCode(), leaf.code());
        BigDecimal figure = row.figure();
        String source = row.source();
        Long importId = null;
        if (leaf.source() != IndicatorSource.COMPUTED && leaf.rule().kind() != ScoringRuleKind.DIRECT) {
            figure = invented(leaf, s);
            source = leaf.source().name();
            importId = imports.get(leaf.sourceBody());
        }
        BigDecimal first;
        String reason;
        if (leaf.rule().kind() == ScoringRuleKind.DIRECT) {
            double share = s < 0.45 ? 1 : s < 0.75 ? 0.9 : s < 0.92 ? 0.8 : 0.65;
            first = points.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
            reason = share < 1 ? DemoEvaluationRounds.MANUAL_REASONS.get((int) (s * 97) % DemoEvaluationRounds.MANUAL_REASONS.size())
                    : null;
        } else {
            first = Scoring.apply(leaf.rule(), points, figure);
            reason = ruleReason(leaf, points, figure, row.numerator(), row.denominator(), first);
        }
        BigDecimal self = leaf.source() == IndicatorSource.COMPUTED || leaf.source() == IndicatorSource.IMPORTED ? first
                : first.max(points.multiply(BigDecimal.valueOf(0.95)).setScale(2, RoundingMode.HALF_UP)).min(points);
        double r = DemoEvaluationRounds.spread(row.unitCode(), leaf.code() + "/reply");
        boolean lost = first.compareTo(points) < 0 && leaf.rule().kind() != ScoringRuleKind.BONUS;
        if (lost && r < 0.3) {
            BigDecimal restored = r < 0.15 ? first.add(points.subtract(first).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)) : first;
            String answer = restored.compareTo(first) > 0 ? DemoEvaluationRounds.RESTORED : DemoEvaluationRounds.UPHELD;
            return new Marks(figure, source, importId, self, first, reason, DemoEvaluationRounds.REPLY, restored, answer);
        }
        return new Marks(figure, source, importId, self, first, reason, null, first, reason);
    }

    /** A figure for an imported or reported indicator: occurrences for deductions and bonuses, a score for proportions. */
    private static BigDecimal invented(IndicatorNode leaf, double s) {
        return switch (leaf.rule().kind()) {
            case PROPORTIONAL -> leaf.rule().target().multiply(BigDecimal.valueOf(0.82 + s * 0.18)).setScale(2, RoundingMode.HALF_UP);
            case BONUS -> BigDecimal.valueOf(s < 0.7 ? 0 : s < 0.93 ? 1 : 2);
            case DEDUCTION -> BigDecimal.valueOf(s < 0.6 ? 0 : s < 0.85 ? 1 : s < 0.96 ? 2 : 4);
            case PASS_FAIL -> s < 0.9 ? BigDecimal.ONE : BigDecimal.ZERO;
            case DIRECT -> null;
        };
    }

    /** Why a figure gave these points, when they differ from the indicator's points (or a bonus was earned). */
    private static String ruleReason(IndicatorNode leaf, BigDecimal points, BigDecimal figure, BigDecimal numerator,
                                     BigDecimal denominator, BigDecimal earned) {
        String pts = earned.stripTrailingZeros().toPlainString();
        String count = figure == null ? "0" : figure.stripTrailingZeros().toPlainString();
        return switch (leaf.rule().kind()) {
            case PROPORTIONAL -> earned.compareTo(points) >= 0 ? null : numerator != null && denominator != null
                    ? leaf.name() + " " + figure.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%（"
                    + numerator.stripTrailingZeros().toPlainString() + "/" + denominator.stripTrailingZeros().toPlainString()
                    + "），按比例得 " + pts + " 分"
                    : leaf.name() + " " + count + "，按比例得 " + pts + " 分";
            case DEDUCTION -> earned.compareTo(points) >= 0 ? null : leaf.name() + " " + count + " 次，每次扣 "
                    + leaf.rule().perOccurrence().stripTrailingZeros().toPlainString() + " 分，得 " + pts + " 分";
            case BONUS -> earned.signum() == 0 ? null : leaf.name() + " " + count + " 项，加 " + pts + " 分";
            case PASS_FAIL -> earned.signum() > 0 ? null : leaf.name() + "未达标，不得分";
            case DIRECT -> null;
        };
    }

    private static Map<String, Long> imports(Connection c, long roundId, SchemeDocument scheme, OffsetDateTime published)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO evaluation_import (round_id, source_body, file_name, row_count, imported_by_name, imported_at)
                SELECT ?, ?, ?, count(*), ?, ? FROM evaluation_score WHERE round_id = ? AND indicator_code = ANY (?)
                AND NOT not_applicable RETURNING id""")) {
            for (IndicatorNode leaf : scheme.leaves()) {
                if (leaf.source() != IndicatorSource.IMPORTED || ids.containsKey(leaf.sourceBody())) {
                    continue;
                }
                String[] codes = scheme.leaves().stream().filter(l -> leaf.sourceBody().equals(l.sourceBody()))
                        .map(IndicatorNode::code).toArray(String[]::new);
                ps.setLong(1, roundId);
                ps.setString(2, leaf.sourceBody());
                ps.setString(3, leaf.sourceBody() + "评估数据.xlsx");
                ps.setString(4, DemoEvaluationRounds.BY);
                ps.setTimestamp(5, ts(published.minusDays(25)));
                ps.setLong(6, roundId);
                ps.setArray(7, c.createArrayOf("text", codes));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ids.put(leaf.sourceBody(), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<Row> rows(Connection c, long roundId, SchemeDocument scheme) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT s.id, u.code, ru.category, s.indicator_code, s.figure, s.figure_numerator, s.figure_denominator,
                       s.figure_source
                FROM evaluation_score s JOIN unit u ON u.id = s.unit_id
                JOIN evaluation_round_unit ru ON ru.round_id = s.round_id AND ru.unit_id = s.unit_id
                WHERE s.round_id = ? AND NOT s.not_applicable ORDER BY s.id""")) {
            ps.setLong(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    IndicatorNode leaf = scheme.node(rs.getString(4)).orElseThrow();
                    rows.add(new Row(rs.getLong(1), rs.getString(2), EvaluationCategory.valueOf(rs.getString(3)), leaf,
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8)));
                }
            }
        }
        return rows;
    }

    private static Timestamp ts(OffsetDateTime t) {
        return Timestamp.from(t.toInstant());
    }
}
